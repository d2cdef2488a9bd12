package com.qbobridge.imports.connections;

import java.util.UUID;

/**
 * The connection exists but cannot import now, e.g. it must be reconnected first.
 */
public class ConnectionNotUsable extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ConnectionNotUsable(UUID connectionId, ConnectionState state) {
		super("Connection " + connectionId + " cannot import while it is '" + state.label() + "': " + state.action());
	}

}
