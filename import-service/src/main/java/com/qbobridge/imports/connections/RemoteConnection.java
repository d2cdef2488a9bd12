package com.qbobridge.imports.connections;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A QuickBooks connection as connector-service lists it.
 *
 * @param id the connection id
 * @param realmId the QuickBooks company id
 * @param companyName the company's name
 * @param country the company's country
 * @param homeCurrency the company's currency
 * @param status the connection state, e.g. {@code ACTIVE}
 * @param connectedAt when it was first connected
 * @param updatedAt when it last changed
 * @param reconnectBefore when QuickBooks ends the connection whatever is done (the refresh token's hard expiry),
 * when known
 * @param reconnectSoon whether that date is near enough (30 days) to ask the creditor to reconnect
 */
public record RemoteConnection(UUID id, @Nullable String realmId, @Nullable String companyName,
		@Nullable String country, @Nullable String homeCurrency, @Nullable String status,
		@Nullable Instant connectedAt, @Nullable Instant updatedAt, @Nullable Instant reconnectBefore,
		@Nullable Boolean reconnectSoon) {

	/** Whether to ask the creditor to reconnect now (older connectors do not say). */
	public boolean asksToReconnect() {
		return Boolean.TRUE.equals(this.reconnectSoon) && this.reconnectBefore != null;
	}

}
