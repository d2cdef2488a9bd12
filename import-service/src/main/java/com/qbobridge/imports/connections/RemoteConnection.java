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
 */
public record RemoteConnection(UUID id, @Nullable String realmId, @Nullable String companyName,
		@Nullable String country, @Nullable String homeCurrency, @Nullable String status,
		@Nullable Instant connectedAt, @Nullable Instant updatedAt) {

}
