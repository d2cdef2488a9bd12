package com.qbobridge.connector.oauth;

import java.util.UUID;

/**
 * Intuit's token endpoint could not renew an access token for a reason other than an invalid grant (unreachable,
 * 5xx): the tokens are still good, trying again later may work.
 */
public class TokenRefreshFailed extends RuntimeException {

	public TokenRefreshFailed(UUID connectionId, Throwable cause) {
		super("Could not refresh the QuickBooks tokens of connection " + connectionId + ": "
				+ cause.getClass().getSimpleName() + (isClientRejected(cause) ? " (invalid_client)" : ""), cause);
	}

	/**
	 * Whether Intuit refused the app's own credentials ({@code invalid_client}, {@code unauthorized_client}): a
	 * configuration error of the connector (client id or secret), which neither waiting nor reconnecting fixes.
	 * @return {@code true} for a rejected client
	 */
	public boolean clientRejected() {
		return isClientRejected(getCause());
	}

	private static boolean isClientRejected(@org.jspecify.annotations.Nullable Throwable cause) {
		for (Throwable current = cause; current != null; current = current.getCause()) {
			if (current instanceof org.springframework.security.oauth2.core.OAuth2AuthorizationException oauth) {
				String code = oauth.getError().getErrorCode();
				return org.springframework.security.oauth2.core.OAuth2ErrorCodes.INVALID_CLIENT.equals(code)
						|| org.springframework.security.oauth2.core.OAuth2ErrorCodes.UNAUTHORIZED_CLIENT.equals(code);
			}
		}
		return false;
	}

}
