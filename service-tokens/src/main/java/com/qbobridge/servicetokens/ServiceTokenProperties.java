package com.qbobridge.servicetokens;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The one set of service-token settings, the same keys in every service, so that the service that signs and the
 * services that verify cannot drift apart.
 *
 * @param signingKey the private EC P-256 key as a JWK (ES256), from {@code SERVICE_TOKEN_SIGNING_KEY}; set in
 * import-service only, which signs; never logged
 * @param jwkSet the signer's public key(s) as a JWK set (JSON), from {@code SERVICE_TOKEN_JWK_SET}; one way for a
 * verifying service to know the key
 * @param jwkSetUri where the signer publishes its JWK set ({@code /.well-known/jwks.json} of import-service), from
 * {@code SERVICE_TOKEN_JWK_SET_URI}; the other way, used when {@code jwk-set} is empty
 * @param issuer the {@code iss} the signing service writes and the others expect
 * @param audience this service's name, the {@code aud} a token must name to be accepted here; required in the
 * services that verify tokens, absent in the one that only signs them
 * @param lifetime how long a minted token is valid, and the longest lifetime a verifier accepts; at most
 * {@link #MAX_LIFETIME}
 * @param clockSkew how far the services' clocks may differ, allowed on expiry and issue time
 */
@ConfigurationProperties("pipeline.service-tokens")
@Validated
public record ServiceTokenProperties(@Nullable String signingKey, @Nullable String jwkSet, @Nullable URI jwkSetUri,
		@DefaultValue(DEFAULT_ISSUER) @NotBlank String issuer, @Nullable String audience,
		@DefaultValue("5m") @NotNull Duration lifetime, @DefaultValue("60s") @NotNull Duration clockSkew) {

	/** The service that signs service tokens. */
	public static final String DEFAULT_ISSUER = "import-service";

	/** The longest a service token may live. */
	public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

	/** The path under which the signing service publishes its public keys. */
	public static final String JWK_SET_PATH = "/.well-known/jwks.json";

	/**
	 * Settings of a verifying service that knows the signer's keys from its JWK set.
	 * @param jwkSet the public JWK set
	 * @param audience this service's name
	 * @return the settings, with the default issuer, lifetime and clock skew
	 */
	public static ServiceTokenProperties verifying(String jwkSet, String audience) {
		return new ServiceTokenProperties(null, jwkSet, null, DEFAULT_ISSUER, audience, MAX_LIFETIME,
				Duration.ofSeconds(60));
	}

	/**
	 * Settings of the signing service.
	 * @param signingKey the private JWK
	 * @param lifetime how long its tokens live
	 * @return the settings, with the default issuer and clock skew
	 */
	public static ServiceTokenProperties signing(String signingKey, Duration lifetime) {
		return new ServiceTokenProperties(signingKey, null, null, DEFAULT_ISSUER, null, lifetime,
				Duration.ofSeconds(60));
	}

	/**
	 * Whether this service signs tokens.
	 * @return true when a signing key is set
	 */
	public boolean signs() {
		return hasText(this.signingKey);
	}

	/**
	 * Whether this service knows the signer's keys inline.
	 * @return true when a JWK set is set
	 */
	public boolean hasJwkSet() {
		return hasText(this.jwkSet);
	}

	@AssertTrue(message = "must name a key: signing-key (SERVICE_TOKEN_SIGNING_KEY) where tokens are signed, "
			+ "jwk-set (SERVICE_TOKEN_JWK_SET) or jwk-set-uri (SERVICE_TOKEN_JWK_SET_URI) where they are verified")
	boolean isKeyConfigured() {
		return signs() || hasJwkSet() || (this.jwkSetUri != null && hasText(this.jwkSetUri.toString()));
	}

	@AssertTrue(message = "signing-key must be a private EC P-256 JWK (ES256)")
	boolean isSigningKeyUsable() {
		if (!signs()) {
			return true;
		}
		try {
			ServiceTokenKeys.signingKeyOf(this.signingKey);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@AssertTrue(message = "jwk-set must be a JWK set of public keys")
	boolean isJwkSetUsable() {
		if (!hasJwkSet()) {
			return true;
		}
		try {
			ServiceTokenKeys.jwkSetOf(this.jwkSet);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@AssertTrue(message = "lifetime must be positive and at most 5 minutes")
	boolean isLifetimeShort() {
		return this.lifetime != null && !this.lifetime.isNegative() && !this.lifetime.isZero()
				&& this.lifetime.compareTo(MAX_LIFETIME) <= 0;
	}

	@AssertTrue(message = "clock-skew must not be negative nor longer than the lifetime limit")
	boolean isClockSkewSmall() {
		return this.clockSkew != null && !this.clockSkew.isNegative() && this.clockSkew.compareTo(MAX_LIFETIME) <= 0;
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "ServiceTokenProperties[signs=" + signs() + ", jwkSetUri=" + this.jwkSetUri + ", issuer=" + this.issuer
				+ ", audience=" + this.audience + ", lifetime=" + this.lifetime + ", clockSkew=" + this.clockSkew
				+ "]";
	}

}
