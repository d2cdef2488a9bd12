package com.qbobridge.imports.connections;

import java.util.UUID;

import com.qbobridge.imports.errors.ProductProblem;

import org.springframework.http.HttpStatus;

/**
 * The connection exists but cannot import now, e.g. it must be reconnected first.
 */
public class ConnectionNotUsable extends ProductProblem {

	public ConnectionNotUsable(UUID connectionId, ConnectionState state) {
		super(HttpStatus.CONFLICT, "connection-not-usable", "Connection needs attention",
				"Connection " + connectionId + " cannot import while it is '" + state.label() + "': " + state.action());
	}

}
