package com.qbobridge.connector.oauth;

import java.util.UUID;

/**
 * A connection has no usable refresh token any more (expired, revoked, or the connection was disconnected): only
 * reconnecting the company helps.
 */
public class TokenExpired extends RuntimeException {

	private final UUID connectionId;

	public TokenExpired(UUID connectionId, String reason) {
		super("The QuickBooks tokens of connection " + connectionId + " can no longer be used: " + reason);
		this.connectionId = connectionId;
	}

	public UUID connectionId() {
		return this.connectionId;
	}

}
