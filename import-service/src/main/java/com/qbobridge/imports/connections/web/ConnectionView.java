package com.qbobridge.imports.connections.web;

import java.time.Instant;
import java.util.UUID;

import com.qbobridge.imports.connections.ConnectionState;
import org.jspecify.annotations.Nullable;

/**
 * A connection as the Integrations page and the API show it: connector-service's facts, the state in words with
 * its action, and the connection's last import.
 *
 * @param id the connection id
 * @param realmId the QuickBooks company id
 * @param companyName the company's name
 * @param country the company's country
 * @param homeCurrency the company's currency
 * @param status connector-service's status code
 * @param state the state as the creditor reads it
 * @param stateLabel the state in words: Active, Reconnect required, Permission missing, Disconnected
 * @param stateReason why the state last changed, when known
 * @param action what to do about the state
 * @param connectedAt when it was connected
 * @param updatedAt when it last changed
 * @param lastImport the connection's newest import
 * @param reconnectBefore the last day the connection works without a new consent, when known
 * @param reconnectSoon whether to ask the creditor to reconnect now
 */
public record ConnectionView(UUID id, @Nullable String realmId, @Nullable String companyName,
		@Nullable String country, @Nullable String homeCurrency, @Nullable String status, ConnectionState state,
		String stateLabel, @Nullable String stateReason, String action, @Nullable Instant connectedAt,
		@Nullable Instant updatedAt, @Nullable LastImport lastImport, @Nullable Instant reconnectBefore,
		boolean reconnectSoon) {

	/**
	 * The newest import of a connection.
	 *
	 * @param importId the import
	 * @param state its state
	 * @param stateLabel its state in words
	 * @param requestedAt when it was started
	 */
	public record LastImport(UUID importId, String state, String stateLabel, Instant requestedAt) {

	}

}
