package com.qbobridge.connector.oauth;

/**
 * No connect flow of the account waits to be completed under that state: unknown, expired, already used, or
 * Intuit has not answered it.
 */
public class ConnectFlowNotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ConnectFlowNotFound() {
		super("No connect flow of this account waits to be completed under that state");
	}

}
