package com.qbobridge.imports.connections.web;

import java.util.Locale;

/**
 * Says in words why connecting QuickBooks failed, from the error code connector-service sends the browser back with.
 */
final class AuthorizationErrors {

	private AuthorizationErrors() {
	}

	static String describe(String code) {
		return switch (code.toLowerCase(Locale.ROOT)) {
			case "access_denied" -> "You declined access in QuickBooks, so no company was connected. "
					+ "Connect again and allow access to import invoices.";
			case "invalid_state", "state_mismatch", "expired_state", "state_expired" ->
				"The connection attempt expired or was not started here. Please connect again.";
			case "invalid_grant", "token_exchange_failed" ->
				"QuickBooks did not accept the authorization. Please connect again.";
			case "server_error", "temporarily_unavailable", "qbo_unavailable" ->
				"QuickBooks is not available right now. Try again later.";
			case "connector_unavailable" -> "Connections cannot be managed right now. Try again later.";
			case "connection_not_found" -> "That connection no longer exists.";
			case "invalid_request", "unauthorized_client", "invalid_scope", "invalid_client" ->
				"QuickBooks refused the connection request (" + code + "). Please contact support.";
			// An unknown code is not shown: the query string is the visitor's to write (GH-15).
			default -> "QuickBooks could not be connected. Please try again.";
		};
	}

}
