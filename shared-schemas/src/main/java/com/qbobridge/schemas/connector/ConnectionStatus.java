package com.qbobridge.schemas.connector;

/**
 * The state of a QuickBooks connection as a creditor sees it.
 */
public enum ConnectionStatus {

	/** Tokens are valid; imports can run. */
	ACTIVE,

	/** The access token is being renewed. */
	REFRESHING,

	/** The refresh token expired or was revoked ({@code invalid_grant}): the creditor must reconnect. */
	NEEDS_RECONNECT,

	/** QuickBooks answered 403: the connecting user lacks the accounting permission. */
	PERMISSION_MISSING,

	/** The creditor disconnected; tokens were revoked and deleted. */
	DISCONNECTED

}
