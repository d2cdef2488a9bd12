package com.qbobridge.messaging.outbox;

import java.util.UUID;

import com.qbobridge.schemas.Event;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An event to append to the outbox, with the topic it goes to.
 *
 * @param topic the topic, from {@code Topics}
 * @param event the event; its {@code partitionKey()} becomes the record key
 * @param aggregateId the entity the event is about, handed back in {@link OutboxRelayed} once published
 */
public record OutboxEntry(String topic, Event event, @Nullable UUID aggregateId) {

	public OutboxEntry {
		Assert.hasText(topic, "topic must not be blank");
		Assert.notNull(event, "event must not be null");
	}

	/**
	 * An entry about no particular entity.
	 * @param topic the topic
	 * @param event the event
	 * @return the entry
	 */
	public static OutboxEntry of(String topic, Event event) {
		return new OutboxEntry(topic, event, null);
	}

}
