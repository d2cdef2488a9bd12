package com.qbobridge.schemas;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Kafka header names that repeat parts of the envelope, so that brokers' tools, dead-letter inspection and routing
 * can read them without parsing the payload.
 */
public final class EventHeaders {

	/** The {@link EventMetadata#eventId()} as text. */
	public static final String EVENT_ID = "event-id";

	/** The {@link EventMetadata#eventType()}. */
	public static final String EVENT_TYPE = "event-type";

	/** The {@link EventMetadata#eventVersion()} as text. */
	public static final String EVENT_VERSION = "event-version";

	/** The {@link EventMetadata#correlationId()} as text. */
	public static final String CORRELATION_ID = "correlation-id";

	private EventHeaders() {
	}

	/**
	 * The header values for an envelope, in a stable order, so that every producer writes them alike.
	 * @param metadata the envelope, must not be null
	 * @return header name to value
	 */
	public static Map<String, String> of(EventMetadata metadata) {
		return of(metadata.eventId(), metadata.eventType(), metadata.eventVersion(), metadata.correlationId());
	}

	/**
	 * The header values for an envelope's parts, e.g. as an outbox row stores them.
	 * @param eventId the event id
	 * @param eventType the contract name
	 * @param eventVersion the contract version
	 * @param correlationId the correlation id
	 * @return header name to value
	 */
	public static Map<String, String> of(UUID eventId, String eventType, int eventVersion, UUID correlationId) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(EVENT_ID, eventId.toString());
		headers.put(EVENT_TYPE, eventType);
		headers.put(EVENT_VERSION, String.valueOf(eventVersion));
		headers.put(CORRELATION_ID, correlationId.toString());
		return headers;
	}

}
