package com.qbobridge.schemas.connector;

/**
 * Why an import could not finish, each with the action a creditor can take.
 */
public enum ImportFailureReason {

	/** The refresh token expired or was revoked: reconnect the company. */
	TOKEN_EXPIRED,

	/** The QuickBooks user lacks the accounting permission: grant it in QuickBooks, then reconnect. */
	PERMISSION_MISSING,

	/** QuickBooks kept throttling the company: try again later. */
	RATE_LIMITED,

	/** QuickBooks was down or kept failing: try again later. */
	QBO_UNAVAILABLE,

	/** The connection was disconnected or does not exist: connect the company. */
	CONNECTION_NOT_FOUND,

	/** Anything else; the detail says what. */
	UNEXPECTED

}
