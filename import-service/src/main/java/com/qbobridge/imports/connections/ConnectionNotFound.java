package com.qbobridge.imports.connections;

import java.util.UUID;

/**
 * The account has no connection with this id (it may belong to another account, which must not be revealed).
 */
public class ConnectionNotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ConnectionNotFound(UUID connectionId) {
		super("There is no connection " + connectionId);
	}

}
