package com.qbobridge.connector.oauth;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a connect flow ended once its browser came back: the new connection, or the error code the Integrations page
 * explains.
 *
 * @param connectionId the connection, when connected
 * @param error the error code, when not
 */
public record CompletedFlow(@Nullable UUID connectionId, @Nullable String error) {

	static CompletedFlow connected(UUID connectionId) {
		return new CompletedFlow(connectionId, null);
	}

	static CompletedFlow failed(String error) {
		return new CompletedFlow(null, error);
	}

}
