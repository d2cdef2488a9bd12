package com.qbobridge.sandbox.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The token endpoint's success body, field for field as Intuit sends it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "token_type", "access_token", "expires_in", "refresh_token", "x_refresh_token_expires_in",
		"x_refresh_token_hard_expires_in" })
public record TokenResponse(@JsonProperty("token_type") String tokenType,
		@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn,
		@JsonProperty("refresh_token") String refreshToken,
		@JsonProperty("x_refresh_token_expires_in") long refreshTokenExpiresIn,
		@JsonProperty("x_refresh_token_hard_expires_in") @Nullable Long refreshTokenHardExpiresIn) {

	@Override
	public String toString() {
		return "TokenResponse[expiresIn=" + this.expiresIn + "]";
	}

}
