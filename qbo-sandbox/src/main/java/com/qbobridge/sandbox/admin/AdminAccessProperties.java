package com.qbobridge.sandbox.admin;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the admin API (GH-15).
 *
 * @param token the bearer token the admin API requires; without one it answers only calls from this machine
 */
@ConfigurationProperties("sandbox.admin")
public record AdminAccessProperties(@Nullable String token) {

	boolean tokenRequired() {
		return this.token != null && !this.token.isBlank();
	}

}
