package com.qbobridge.servicetokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.Assert;

/**
 * The one verifier of service tokens, so that connector-service and case-service accept exactly the same tokens:
 * HS256 with the shared secret, the expected issuer, this service as audience, an expiry no further than
 * {@link #MAX_LIFETIME} after issue, and an {@link #ACCOUNT_CLAIM}.
 */
public final class ServiceTokenDecoders {

	/** The claim that carries the creditor account every call is scoped to. */
	public static final String ACCOUNT_CLAIM = "account_id";

	/** The service that signs service tokens. */
	public static final String ISSUER = "import-service";

	/** How long a service token may live. */
	public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

	/** Clock skew tolerated between services. */
	private static final Duration SKEW = Duration.ofSeconds(60);

	private ServiceTokenDecoders() {
	}

	/**
	 * A decoder that accepts only service tokens meant for one service.
	 * @param secret the shared HS256 secret, at least 32 bytes
	 * @param issuer the expected {@code iss}
	 * @param audience the called service's name, the expected {@code aud}
	 * @return the decoder
	 */
	public static JwtDecoder forAudience(String secret, String issuer, String audience) {
		Assert.isTrue(secret.getBytes(StandardCharsets.UTF_8).length >= 32, "secret must be at least 32 bytes");
		Assert.hasText(issuer, "issuer must not be empty");
		Assert.hasText(audience, "audience must not be empty");
		NimbusJwtDecoder decoder = NimbusJwtDecoder
			.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				audience(audience), ServiceTokenDecoders::expiresSoon, ServiceTokenDecoders::namesAnAccount));
		return decoder;
	}

	private static OAuth2TokenValidator<Jwt> audience(String audience) {
		return (jwt) -> (jwt.getAudience() != null && jwt.getAudience().contains(audience))
				? OAuth2TokenValidatorResult.success() : failure("The token is not meant for " + audience);
	}

	private static OAuth2TokenValidatorResult expiresSoon(Jwt jwt) {
		Instant issued = jwt.getIssuedAt();
		Instant expires = jwt.getExpiresAt();
		if (issued == null || expires == null) {
			return failure("Service tokens must say when they were issued and when they expire");
		}
		return (Duration.between(issued, expires).compareTo(MAX_LIFETIME.plus(SKEW)) > 0)
				? failure("Service tokens live at most five minutes") : OAuth2TokenValidatorResult.success();
	}

	private static OAuth2TokenValidatorResult namesAnAccount(Jwt jwt) {
		String account = jwt.getClaimAsString(ACCOUNT_CLAIM);
		return (account != null && !account.isBlank()) ? OAuth2TokenValidatorResult.success()
				: failure("The token names no " + ACCOUNT_CLAIM);
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
	}

}
