package com.qbobridge.connector.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What a service token from import-service must look like to be accepted.
 *
 * @param secret the shared HS256 secret, from {@code SERVICE_TOKEN_SECRET} only, at least 32 bytes
 * @param issuer the expected {@code iss}
 * @param audience the expected {@code aud}, this service's name
 */
@Validated
@ConfigurationProperties("pipeline.connector.service-tokens")
public record ServiceTokenProperties(@NotBlank @Size(min = 32) String secret, @NotBlank String issuer,
		@NotBlank String audience) {

	@Override
	public String toString() {
		return "ServiceTokenProperties[issuer=" + this.issuer + ", audience=" + this.audience + "]";
	}

}
