package com.qbobridge.connector.oauth;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How long a connection's grant lives, without any token: the rolling expiry that refreshing keeps pushing out (100
 * days at Intuit) and the hard cap no refresh passes (5 years after consent), before which the creditor must
 * reconnect.
 *
 * @param refreshedAt when the tokens were last issued
 * @param refreshTokenExpiresAt the rolling expiry, if known
 * @param hardExpiresAt the hard cap, if known
 */
public record TokenLifetime(Instant refreshedAt, @Nullable Instant refreshTokenExpiresAt,
		@Nullable Instant hardExpiresAt) {

	/**
	 * The date by which the creditor must reconnect: the hard cap, or the rolling expiry when no hard cap is known.
	 * @return the date, {@code null} when neither is known
	 */
	public @Nullable Instant reconnectBefore() {
		return (this.hardExpiresAt != null) ? this.hardExpiresAt : this.refreshTokenExpiresAt;
	}

	/**
	 * Whether the creditor should be told to reconnect now.
	 * @param now the current time
	 * @param warning how long before {@link #reconnectBefore()} to warn
	 * @return {@code true} within the warning period (or past it)
	 */
	public boolean reconnectSoon(Instant now, Duration warning) {
		Instant deadline = reconnectBefore();
		return deadline != null && !now.plus(warning).isBefore(deadline);
	}

}
