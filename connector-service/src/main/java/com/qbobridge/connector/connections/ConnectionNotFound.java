package com.qbobridge.connector.connections;

import java.util.UUID;

/**
 * No connection with this id exists for the calling account (another account's connections are not found either).
 */
public class ConnectionNotFound extends RuntimeException {

	public ConnectionNotFound(UUID id) {
		super("No QuickBooks connection " + id);
	}

}
