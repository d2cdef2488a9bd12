package com.qbobridge.cases.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What a valid service token looks like: signed with the shared secret (HS256, at least 32 bytes), issued by
 * import-service, addressed to this service.
 *
 * @param serviceTokenSecret the HS256 secret, from {@code SERVICE_TOKEN_SECRET}; never logged
 * @param issuer the expected {@code iss}
 * @param audience the expected {@code aud}
 */
@ConfigurationProperties("pipeline.security")
@Validated
public record ServiceTokenProperties(
		@NotBlank(message = "must be set (SERVICE_TOKEN_SECRET)") @Size(min = 32,
				message = "must be at least 32 characters for HS256") String serviceTokenSecret,
		@DefaultValue("import-service") @NotBlank String issuer,
		@DefaultValue("case-service") @NotBlank String audience) {

	@Override
	public String toString() {
		return "ServiceTokenProperties[issuer=" + this.issuer + ", audience=" + this.audience + "]";
	}

}
