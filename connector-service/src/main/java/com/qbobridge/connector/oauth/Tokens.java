package com.qbobridge.connector.oauth;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A connection's OAuth tokens in plain text, only ever in memory; {@link #toString()} never shows them.
 *
 * @param accessToken the bearer token for API calls
 * @param accessTokenExpiresAt when it expires (Intuit: one hour after issue)
 * @param refreshToken the token that renews it; Intuit may rotate it on any refresh
 * @param refreshTokenExpiresAt when the refresh token expires ({@code x_refresh_token_expires_in}), if known
 * @param refreshTokenHardExpiresAt the grant's hard cap ({@code x_refresh_token_hard_expires_in}), if known: no refresh
 * extends the connection past it
 */
public record Tokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
		@Nullable Instant refreshTokenExpiresAt, @Nullable Instant refreshTokenHardExpiresAt) {

	/**
	 * Tokens whose hard expiry is not known.
	 * @param accessToken the bearer token
	 * @param accessTokenExpiresAt when it expires
	 * @param refreshToken the refresh token
	 * @param refreshTokenExpiresAt when the refresh token expires, if known
	 */
	public Tokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
			@Nullable Instant refreshTokenExpiresAt) {
		this(accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt, null);
	}

	public Tokens {
		Assert.hasText(accessToken, "accessToken must not be empty");
		Assert.notNull(accessTokenExpiresAt, "accessTokenExpiresAt must not be null");
		Assert.hasText(refreshToken, "refreshToken must not be empty");
	}

	/**
	 * Whether the access token is still good for at least a while.
	 * @param now the current time
	 * @param skew the margin before expiry
	 * @return {@code true} when it expires after {@code now + skew}
	 */
	boolean accessTokenValidAfter(Instant now, Duration skew) {
		return this.accessTokenExpiresAt.isAfter(now.plus(skew));
	}

	@Override
	public String toString() {
		return "Tokens[access token expires " + this.accessTokenExpiresAt + ", refresh token expires "
				+ this.refreshTokenExpiresAt + ", hard expiry " + this.refreshTokenHardExpiresAt + "]";
	}

}
