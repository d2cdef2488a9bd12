package com.qbobridge.connector.oauth;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

/**
 * Turns Intuit's token endpoint answers into {@link Tokens}: Intuit adds {@code x_refresh_token_expires_in} (seconds)
 * to the standard fields, and may or may not rotate the refresh token on a refresh.
 */
final class IntuitTokenResponses {

	/** Intuit's extra field: how long the refresh token is valid, in seconds. */
	static final String REFRESH_TOKEN_EXPIRES_IN = "x_refresh_token_expires_in";

	/** Intuit's field, sent when the request asks for it: seconds until the grant's 5-year cap. */
	static final String REFRESH_TOKEN_HARD_EXPIRES_IN = "x_refresh_token_hard_expires_in";

	/** The request header that makes Intuit send {@link #REFRESH_TOKEN_HARD_EXPIRES_IN}. */
	static final String INCLUDE_HARD_EXPIRY = "x-include-refresh-token-hard-expires-in";

	private IntuitTokenResponses() {
	}

	static Tokens tokens(OAuth2AccessTokenResponse response, @Nullable String previousRefreshToken, Instant now) {
		Instant accessExpires = response.getAccessToken().getExpiresAt();
		String refreshToken = (response.getRefreshToken() != null) ? response.getRefreshToken().getTokenValue()
				: previousRefreshToken;
		if (refreshToken == null) {
			throw new IllegalStateException("Intuit's token response carried no refresh token");
		}
		return new Tokens(response.getAccessToken().getTokenValue(),
				(accessExpires != null) ? accessExpires : now.plusSeconds(3600), refreshToken,
				refreshTokenExpiresAt(response, now), secondsFrom(response, REFRESH_TOKEN_HARD_EXPIRES_IN, now));
	}

	static @Nullable Instant refreshTokenExpiresAt(OAuth2AccessTokenResponse response, Instant now) {
		return secondsFrom(response, REFRESH_TOKEN_EXPIRES_IN, now);
	}

	private static @Nullable Instant secondsFrom(OAuth2AccessTokenResponse response, String parameter, Instant now) {
		Object value = response.getAdditionalParameters().get(parameter);
		if (value instanceof Number number) {
			return now.plusSeconds(number.longValue());
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return now.plusSeconds(Long.parseLong(text.trim()));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}
