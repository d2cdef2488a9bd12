package com.qbobridge.imports.connections;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The last status connector-service announced for a connection, with its reason in words.
 *
 * @param connectionId the connection
 * @param accountId its account
 * @param realmId the QuickBooks company id
 * @param companyName the company's name, when known
 * @param state the state
 * @param reason why it changed, when given
 * @param updatedAt when the change happened
 */
public record KnownConnection(UUID connectionId, String accountId, String realmId, @Nullable String companyName,
		ConnectionState state, @Nullable String reason, Instant updatedAt) {

}
