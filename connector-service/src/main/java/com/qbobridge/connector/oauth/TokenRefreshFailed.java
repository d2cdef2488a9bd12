package com.qbobridge.connector.oauth;

import java.util.UUID;

/**
 * Intuit's token endpoint could not renew an access token for a reason other than an invalid grant (unreachable,
 * 5xx): the tokens are still good, trying again later may work.
 */
public class TokenRefreshFailed extends RuntimeException {

	public TokenRefreshFailed(UUID connectionId, Throwable cause) {
		super("Could not refresh the QuickBooks tokens of connection " + connectionId + ": "
				+ cause.getClass().getSimpleName(), cause);
	}

}
