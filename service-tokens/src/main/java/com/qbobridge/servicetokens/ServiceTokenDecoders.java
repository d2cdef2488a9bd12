package com.qbobridge.servicetokens;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuedAtValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.Assert;

/**
 * The one verifier of service tokens, so that connector-service and case-service accept exactly the same tokens:
 * ES256 signed by a key of the signer's JWK set (inline or fetched from its endpoint), the configured issuer, this service as audience, issued no later than now, unexpired,
 * living no longer than the configured lifetime, and naming an account in {@link ServiceTokenClaims#ACCOUNT_CLAIM};
 * the clock skew is allowed on every instant.
 */
public final class ServiceTokenDecoders {

	private ServiceTokenDecoders() {
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
		NimbusJwtDecoder decoder = keysOf(properties);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators(properties, audience, clock)));
		return decoder;
	}

	// Only ES256 is accepted, so a token "signed" with the public key as an HMAC secret, or unsigned, is refused.
	private static NimbusJwtDecoder keysOf(ServiceTokenProperties properties) {
		String jwkSet = properties.jwkSet();
		if (properties.hasJwkSet() && jwkSet != null) {
			return NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(ServiceTokenKeys.jwkSetOf(jwkSet)))
				.jwsAlgorithm(SignatureAlgorithm.ES256)
				.build();
		}
		URI jwkSetUri = properties.jwkSetUri();
		Assert.state(jwkSetUri != null && !jwkSetUri.toString().isBlank(),
				"pipeline.service-tokens.jwk-set or jwk-set-uri must name the signer's public keys to verify service tokens");
		return NimbusJwtDecoder.withJwkSetUri(jwkSetUri.toString()).jwsAlgorithm(SignatureAlgorithm.ES256).build();
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
