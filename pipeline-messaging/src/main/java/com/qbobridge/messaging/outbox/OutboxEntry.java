package com.qbobridge.messaging.outbox;

import java.util.UUID;

import com.qbobridge.schemas.Event;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An event to append to the outbox, with the topic it goes to.
 *
 * @param topic the topic, from {@code Topics}
 * @param event the event
 * @param aggregateId the entity the event is about, handed back in {@link OutboxRelayed} once published
 * @param key the record key; {@code null} for the event's {@code partitionKey()} (its connection)
 */
public record OutboxEntry(String topic, Event event, @Nullable UUID aggregateId, @Nullable String key) {

	public OutboxEntry {
		Assert.hasText(topic, "topic must not be blank");
		Assert.notNull(event, "event must not be null");
	}

	/**
	 * An entry keyed by its event's connection.
	 * @param topic the topic
	 * @param event the event
	 * @param aggregateId the entity the event is about
	 */
	public OutboxEntry(String topic, Event event, @Nullable UUID aggregateId) {
		this(topic, event, aggregateId, null);
	}

	/**
	 * An entry with its own record key, e.g. {@code Topics.invoiceKey} for an invoice-level event: records with
	 * the same key are relayed in commit order.
	 * @param topic the topic
	 * @param event the event
	 * @param key the record key
	 * @return the entry
	 */
	public static OutboxEntry keyed(String topic, Event event, String key) {
		Assert.hasText(key, "key must not be blank");
		return new OutboxEntry(topic, event, null, key);
	}

	/** The record key this entry is relayed with. */
	public String recordKey() {
		return (this.key != null) ? this.key : this.event.metadata().partitionKey();
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
