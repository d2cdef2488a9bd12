package com.qbobridge.schemas;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The envelope carried by every event, so that any consumer can de-duplicate ({@code eventId}), tell contracts apart
 * ({@code eventType} + {@code eventVersion}), scope data to a creditor ({@code accountId}) and follow one user action
 * across services ({@code correlationId}).
 *
 * @param eventId unique per event; consumers de-duplicate on it
 * @param eventType the contract name, e.g. {@code InvoiceFetched}
 * @param eventVersion the contract version, starting at 1
 * @param occurredAt when the producer observed the fact
 * @param accountId the creditor account the event belongs to
 * @param connectionId the QuickBooks connection concerned, when there is one
 * @param importId the import the event belongs to, when there is one
 * @param correlationId shared by every event caused by the same user action
 */
public record EventMetadata(UUID eventId, String eventType, int eventVersion, Instant occurredAt, String accountId,
		@Nullable UUID connectionId, @Nullable UUID importId, UUID correlationId) {

	public EventMetadata {
		Objects.requireNonNull(eventId, "eventId must not be null");
		Objects.requireNonNull(eventType, "eventType must not be null");
		Objects.requireNonNull(occurredAt, "occurredAt must not be null");
		Objects.requireNonNull(accountId, "accountId must not be null");
		Objects.requireNonNull(correlationId, "correlationId must not be null");
		if (eventVersion < 1) {
			throw new IllegalArgumentException("eventVersion must be 1 or more");
		}
	}

	/**
	 * Starts a new chain of events, e.g. when a user asks for an import.
	 * @param contract the contract of the event to create
	 * @param accountId the creditor account, must not be null
	 * @param connectionId the connection, if any
	 * @param importId the import, if any
	 * @return metadata with a fresh event id and a fresh correlation id
	 */
	public static EventMetadata first(Contract contract, String accountId, @Nullable UUID connectionId,
			@Nullable UUID importId) {
		return new EventMetadata(UUID.randomUUID(), contract.eventType(), contract.version(), Instant.now(), accountId,
				connectionId, importId, UUID.randomUUID());
	}

	/**
	 * Metadata for an event caused by this one: same account, connection, import and correlation, new id and time.
	 * @param contract the contract of the event to create
	 * @return the metadata of the follow-up event
	 */
	public EventMetadata next(Contract contract) {
		return new EventMetadata(UUID.randomUUID(), contract.eventType(), contract.version(), Instant.now(),
				this.accountId, this.connectionId, this.importId, this.correlationId);
	}

	/**
	 * The record's key on its topic: the connection id when there is one, else the account id. Keying by connection
	 * keeps one connection's events in order on one partition (an import's completion never overtakes its invoices).
	 * @return the Kafka message key
	 */
	public String partitionKey() {
		return (this.connectionId != null) ? this.connectionId.toString() : this.accountId;
	}

}
