package com.qbobridge.messaging;

import java.time.Instant;
import java.util.UUID;

import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;

/**
 * Events to send in the backbone's tests.
 */
public final class Samples {

	private Samples() {
	}

	/**
	 * A progress report whose {@code invoicesFetched} is a sequence number, keyed by the connection.
	 * @param connectionId the key
	 * @param sequence the number
	 * @return the event
	 */
	public static ImportProgressed progress(UUID connectionId, long sequence) {
		EventMetadata metadata = new EventMetadata(UUID.randomUUID(), ImportProgressed.CONTRACT.eventType(), 1,
				Instant.now(), "acct-1", connectionId, UUID.randomUUID(), UUID.randomUUID());
		return new ImportProgressed(metadata, 1, sequence, null);
	}

	/**
	 * An import request keyed by the connection.
	 * @param connectionId the key
	 * @param accountId the account
	 * @return the event
	 */
	public static ImportRequested request(UUID connectionId, String accountId) {
		EventMetadata metadata = new EventMetadata(UUID.randomUUID(), ImportRequested.CONTRACT.eventType(), 1,
				Instant.now(), accountId, connectionId, UUID.randomUUID(), UUID.randomUUID());
		return new ImportRequested(metadata, DateField.DUE_DATE, null, null);
	}

}
