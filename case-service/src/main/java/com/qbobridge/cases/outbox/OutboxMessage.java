package com.qbobridge.cases.outbox;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One event waiting in the outbox, exactly as it will be published: topic, key, headers' values and JSON payload.
 *
 * @param id the outbox row, which orders publication
 * @param eventId the event id, fixed when the event was written
 * @param eventType the contract name
 * @param eventVersion the contract version
 * @param correlationId the correlation id
 * @param topic the topic to publish to
 * @param key the record key
 * @param payload the event as JSON
 * @param aggregateId the entity the event is about, if any (the case of a {@code CaseCreated})
 */
public record OutboxMessage(long id, UUID eventId, String eventType, int eventVersion, UUID correlationId,
		String topic, String key, String payload, @Nullable UUID aggregateId) {

}
