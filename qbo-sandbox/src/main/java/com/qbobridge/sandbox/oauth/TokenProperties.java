package com.qbobridge.sandbox.oauth;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token lifetimes and rotation, Intuit's by default, short in tests so expiry can be seen in seconds.
 *
 * @param accessTokenLifetime access token lifetime (Intuit: 3600 s)
 * @param refreshTokenLifetime rolling refresh token lifetime (Intuit: 8726400 s, about 100 days)
 * @param refreshTokenHardLifetime the cap on a connection's life since consent (Intuit: 5 years)
 * @param refreshTokenRotationInterval how long a refresh returns the same refresh token value before issuing a new
 * one; 0 rotates on every refresh
 * @param authorizationCodeLifetime how long an authorization code can be exchanged
 */
@Validated
@ConfigurationProperties("sandbox.tokens")
public record TokenProperties(@DefaultValue("3600s") @NotNull Duration accessTokenLifetime,
		@DefaultValue("8726400s") @NotNull Duration refreshTokenLifetime,
		@DefaultValue("1826d") @NotNull Duration refreshTokenHardLifetime,
		@DefaultValue("24h") @NotNull Duration refreshTokenRotationInterval,
		@DefaultValue("5m") @NotNull Duration authorizationCodeLifetime) {

}
