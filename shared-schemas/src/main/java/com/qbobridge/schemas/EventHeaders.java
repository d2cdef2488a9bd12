package com.qbobridge.schemas;

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

}
