package com.qbobridge.imports.remote;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.qbobridge.servicetokens.ServiceTokenDecoders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How import-service signs the tokens it sends to connector-service and case-service.
 *
 * @param secret the HS256 secret shared with the called services ({@code SERVICE_TOKEN_SECRET}), at least 32 bytes
 * @param issuer the {@code iss} claim the called services expect
 * @param lifetime how long a token is valid, five minutes at most
 */
@ConfigurationProperties("pipeline.imports.service-token")
@Validated
public record ServiceTokenProperties(@NotBlank @Size(min = 32) String secret, @NotBlank String issuer,
		@NotNull Duration lifetime) {

	@AssertTrue(message = "must be positive and at most 5 minutes")
	boolean isLifetimeShort() {
		return this.lifetime != null && !this.lifetime.isNegative() && !this.lifetime.isZero()
				&& this.lifetime.compareTo(ServiceTokenDecoders.MAX_LIFETIME) <= 0;
	}

	@Override
	public String toString() {
		return "ServiceTokenProperties[issuer=" + this.issuer + ", lifetime=" + this.lifetime + "]";
	}

}
