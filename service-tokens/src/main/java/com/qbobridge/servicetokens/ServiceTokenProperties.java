package com.qbobridge.servicetokens;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The one set of service-token settings, the same keys in every service, so that the service that signs and the
 * services that verify cannot drift apart.
 *
 * @param secret the HS256 secret shared by all services, from {@code SERVICE_TOKEN_SECRET} only, at least 32 bytes;
 * never logged
 * @param issuer the {@code iss} the signing service writes and the others expect
 * @param audience this service's name, the {@code aud} a token must name to be accepted here; required in the
 * services that verify tokens, absent in the one that only signs them
 * @param lifetime how long a minted token is valid, and the longest lifetime a verifier accepts; at most
 * {@link #MAX_LIFETIME}
 * @param clockSkew how far the services' clocks may differ, allowed on expiry and issue time
 */
@ConfigurationProperties("pipeline.service-tokens")
@Validated
public record ServiceTokenProperties(
		@NotBlank(message = "must be set (SERVICE_TOKEN_SECRET)") @Size(min = 32,
				message = "must be at least 32 characters for HS256") String secret,
		@DefaultValue(DEFAULT_ISSUER) @NotBlank String issuer, @Nullable String audience,
		@DefaultValue("5m") @NotNull Duration lifetime, @DefaultValue("60s") @NotNull Duration clockSkew) {

	/** The service that signs service tokens. */
	public static final String DEFAULT_ISSUER = "import-service";

	/** The longest a service token may live. */
	public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

	@AssertTrue(message = "lifetime must be positive and at most 5 minutes")
	boolean isLifetimeShort() {
		return this.lifetime != null && !this.lifetime.isNegative() && !this.lifetime.isZero()
				&& this.lifetime.compareTo(MAX_LIFETIME) <= 0;
	}

	@AssertTrue(message = "clock-skew must not be negative nor longer than the lifetime limit")
	boolean isClockSkewSmall() {
		return this.clockSkew != null && !this.clockSkew.isNegative() && this.clockSkew.compareTo(MAX_LIFETIME) <= 0;
	}

	@Override
	public String toString() {
		return "ServiceTokenProperties[issuer=" + this.issuer + ", audience=" + this.audience + ", lifetime="
				+ this.lifetime + ", clockSkew=" + this.clockSkew + "]";
	}

}
