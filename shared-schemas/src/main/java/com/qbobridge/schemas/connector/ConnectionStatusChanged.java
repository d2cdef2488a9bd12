package com.qbobridge.schemas.connector;

import java.util.Objects;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import org.jspecify.annotations.Nullable;

/**
 * A QuickBooks connection changed state, e.g. it was connected, needs reconnecting or was disconnected.
 *
 * @param metadata the envelope; {@code connectionId} is set
 * @param realmId the QuickBooks company id
 * @param companyName the company's name, when known
 * @param status the new state
 * @param previousStatus the state before, {@code null} for a new connection
 * @param reason why it changed, in words
 */
public record ConnectionStatusChanged(EventMetadata metadata, String realmId, @Nullable String companyName,
		ConnectionStatus status, @Nullable ConnectionStatus previousStatus, @Nullable String reason) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("ConnectionStatusChanged", 1, ConnectionStatusChanged.class);

	public ConnectionStatusChanged {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(realmId, "realmId must not be null");
		Objects.requireNonNull(status, "status must not be null");
	}

}
