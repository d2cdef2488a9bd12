package com.qbobridge.servicetokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuedAtValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.Assert;

/**
 * The one verifier of service tokens, so that connector-service and case-service accept exactly the same tokens:
 * HS256 with the shared secret, the configured issuer, this service as audience, issued no later than now, unexpired,
 * living no longer than the configured lifetime, and naming an account in {@link ServiceTokenClaims#ACCOUNT_CLAIM};
 * the clock skew is allowed on every instant.
 */
public final class ServiceTokenDecoders {

	/** The claim that carries the creditor account; kept until every service reads {@link ServiceTokenClaims}. */
	public static final String ACCOUNT_CLAIM = ServiceTokenClaims.ACCOUNT_CLAIM;

	/** The service that signs service tokens. */
	public static final String ISSUER = ServiceTokenProperties.DEFAULT_ISSUER;

	/** How long a service token may live. */
	public static final Duration MAX_LIFETIME = ServiceTokenProperties.MAX_LIFETIME;

	private ServiceTokenDecoders() {
	}

	/**
	 * A decoder for one audience with the default lifetime and clock skew, for services that still build their own.
	 * @param secret the shared HS256 secret, at least 32 bytes
	 * @param issuer the expected {@code iss}
	 * @param audience the called service's name, the expected {@code aud}
	 * @return the decoder
	 */
	public static JwtDecoder forAudience(String secret, String issuer, String audience) {
		return forThisService(new ServiceTokenProperties(secret, issuer, audience, MAX_LIFETIME,
				Duration.ofSeconds(60)), Clock.systemUTC());
	}

	/**
	 * A decoder that accepts only service tokens meant for this service.
	 * @param properties the settings, must not be null; their {@code audience} must be set
	 * @param clock the clock to check the token's instants against, must not be null
	 * @return the decoder
	 */
	public static JwtDecoder forThisService(ServiceTokenProperties properties, Clock clock) {
		Assert.notNull(properties, "properties must not be null");
		Assert.notNull(clock, "clock must not be null");
		String audience = properties.audience();
		Assert.state(audience != null && !audience.isBlank(),
				"pipeline.service-tokens.audience must name this service to verify service tokens");
		Assert.hasText(properties.issuer(), "pipeline.service-tokens.issuer must not be empty");
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(ServiceTokenMinter.secretKey(properties.secret()))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators(properties, audience, clock)));
		return decoder;
	}

	private static List<OAuth2TokenValidator<Jwt>> validators(ServiceTokenProperties properties, String audience,
			Clock clock) {
		JwtTimestampValidator unexpired = new JwtTimestampValidator(properties.clockSkew());
		unexpired.setAllowEmptyExpiryClaim(false);
		unexpired.setClock(clock);
		JwtIssuedAtValidator issuedBeforeNow = new JwtIssuedAtValidator(true);
		issuedBeforeNow.setClockSkew(properties.clockSkew());
		issuedBeforeNow.setClock(clock);
		return List.of(new JwtIssuerValidator(properties.issuer()), (jwt) -> meantFor(jwt, audience), unexpired,
				issuedBeforeNow, (jwt) -> livesAtMost(jwt, properties.lifetime(), properties.clockSkew()),
				ServiceTokenDecoders::namesAnAccount);
	}

	private static OAuth2TokenValidatorResult meantFor(Jwt jwt, String audience) {
		List<String> audiences = jwt.getAudience();
		return (audiences != null && audiences.contains(audience)) ? OAuth2TokenValidatorResult.success()
				: failure("The token is not meant for " + audience);
	}

	private static OAuth2TokenValidatorResult livesAtMost(Jwt jwt, Duration lifetime, Duration skew) {
		Instant issued = jwt.getIssuedAt();
		Instant expires = jwt.getExpiresAt();
		if (issued == null || expires == null) {
			return failure("Service tokens must say when they were issued and when they expire");
		}
		return (Duration.between(issued, expires).compareTo(lifetime.plus(skew)) > 0)
				? failure("Service tokens live at most " + lifetime.toSeconds() + " seconds")
				: OAuth2TokenValidatorResult.success();
	}

	private static OAuth2TokenValidatorResult namesAnAccount(Jwt jwt) {
		String account = jwt.getClaimAsString(ServiceTokenClaims.ACCOUNT_CLAIM);
		return (account != null && !account.isBlank()) ? OAuth2TokenValidatorResult.success()
				: failure("The token names no " + ServiceTokenClaims.ACCOUNT_CLAIM);
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
	}

}
