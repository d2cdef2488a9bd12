package com.qbobridge.messaging.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.util.Assert;

/**
 * The one place a service's events reach Kafka: JSON written with the contract settings, keyed by
 * {@link EventMetadata#partitionKey()}, the envelope repeated as {@link EventHeaders}, no {@code __TypeId__}. Events
 * that follow a database change go through the outbox instead; this is for events that change nothing in a database
 * (an invoice read from QuickBooks, a draft mapped from an invoice), whose sender waits for the acknowledgement.
 */
public class EventPublisher {

	private final KafkaTemplate<String, Object> kafka;

	public EventPublisher(KafkaTemplate<String, Object> kafka) {
		this.kafka = kafka;
	}

	/**
	 * Sends one event; the future completes when the broker acknowledged it.
	 * @param topic the topic, from {@code Topics}, must not be blank
	 * @param event the event, must not be null
	 * @return the send's outcome
	 */
	public CompletableFuture<SendResult<String, Object>> publish(String topic, Event event) {
		Assert.notNull(event, "event must not be null");
		return publish(topic, event.metadata().partitionKey(), event);
	}

	/**
	 * Sends one event under a key of the caller's choosing (e.g. {@code Topics.invoiceKey}, so that one import spreads
	 * over every partition); the future completes when the broker acknowledged it.
	 * @param topic the topic, from {@code Topics}, must not be blank
	 * @param key the record key, must not be blank
	 * @param event the event, must not be null
	 * @return the send's outcome
	 */
	public CompletableFuture<SendResult<String, Object>> publish(String topic, String key, Event event) {
		return send(record(StoredEvent.of(topic, key, event)));
	}

	/**
	 * Sends events and waits until the broker acknowledged all of them, so that a caller can commit its input only
	 * once its output is safe. Per key, the events keep the order of the list.
	 * @param topic the topic, must not be blank
	 * @param events the events, must not be null
	 * @param timeout how long to wait for the acknowledgements
	 * @throws PublishFailed when one of them was not acknowledged in time
	 */
	public void publishAll(String topic, List<? extends Event> events, Duration timeout) {
		publishAll(topic, events, (event) -> event.metadata().partitionKey(), timeout);
	}

	/**
	 * Sends events, each under the key the function gives it, and waits until the broker acknowledged all of them.
	 * Per key, the events keep the order of the list.
	 * @param <E> the type of the events
	 * @param topic the topic, must not be blank
	 * @param events the events, must not be null
	 * @param key the record key of an event, must not be null
	 * @param timeout how long to wait for the acknowledgements
	 * @throws PublishFailed when one of them was not acknowledged in time
	 */
	public <E extends Event> void publishAll(String topic, List<E> events, Function<? super E, String> key,
			Duration timeout) {
		Assert.notNull(events, "events must not be null");
		Assert.notNull(key, "key must not be null");
		List<CompletableFuture<SendResult<String, Object>>> sends = new ArrayList<>(events.size());
		for (E event : events) {
			sends.add(publish(topic, key.apply(event), event));
		}
		await(sends, timeout);
	}

	/**
	 * Sends events stored earlier (e.g. by the outbox) exactly as stored, and waits for all acknowledgements.
	 * @param messages the stored events, in the order to send them
	 * @param timeout how long to wait for the acknowledgements
	 * @throws PublishFailed when one of them was not acknowledged in time
	 */
	public void publishStored(List<StoredEvent> messages, Duration timeout) {
		List<CompletableFuture<SendResult<String, Object>>> sends = new ArrayList<>(messages.size());
		for (StoredEvent message : messages) {
			sends.add(send(record(message)));
		}
		await(sends, timeout);
	}

	private CompletableFuture<SendResult<String, Object>> send(ProducerRecord<String, Object> record) {
		try {
			return this.kafka.send(record);
		}
		catch (KafkaException ex) {
			// The client can refuse before sending (record too large, no metadata in time); callers see one kind of
			// failure either way.
			return CompletableFuture.failedFuture(ex);
		}
	}

	private void await(List<CompletableFuture<SendResult<String, Object>>> sends, Duration timeout) {
		if (sends.isEmpty()) {
			return;
		}
		this.kafka.flush();
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
				.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PublishFailed("Interrupted while waiting for the broker", ex);
		}
		catch (ExecutionException ex) {
			throw new PublishFailed("The broker did not acknowledge every event: " + ex.getCause().getMessage(),
					ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new PublishFailed("The broker did not acknowledge every event within " + timeout, ex);
		}
	}

	private static ProducerRecord<String, Object> record(StoredEvent message) {
		ProducerRecord<String, Object> record = new ProducerRecord<>(message.topic(), message.key(), message.payload());
		EventHeaders.of(message.eventId(), message.eventType(), message.eventVersion(), message.correlationId())
			.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		return record;
	}

	/**
	 * An event already written as JSON (UTF-8), with what its headers need. The bytes are sent as they are, so that
	 * an event is written once, straight to bytes, and its size known without counting (the connector checks every
	 * invoice's size before it sends it); they are not copied, so they must not be changed once given.
	 *
	 * @param topic the topic
	 * @param key the record key
	 * @param payload the JSON, in UTF-8
	 * @param eventId the event id
	 * @param eventType the contract name
	 * @param eventVersion the contract version
	 * @param correlationId the correlation id
	 */
	public record StoredEvent(String topic, String key, byte[] payload, UUID eventId, String eventType,
			int eventVersion, UUID correlationId) {

		/**
		 * An event written as JSON once, e.g. so that its size can be checked before it is sent as written.
		 * @param topic the topic, must not be blank
		 * @param key the record key, must not be blank
		 * @param event the event, must not be null
		 * @return the event as it will be sent
		 */
		public static StoredEvent of(String topic, String key, Event event) {
			Assert.hasText(topic, "topic must not be blank");
			Assert.hasText(key, "key must not be blank");
			Assert.notNull(event, "event must not be null");
			EventMetadata metadata = event.metadata();
			return new StoredEvent(topic, key, EventJson.mapper().writeValueAsBytes(event), metadata.eventId(),
					metadata.eventType(), metadata.eventVersion(), metadata.correlationId());
		}

		/**
		 * An event stored as JSON text, e.g. in the outbox.
		 * @param topic the topic
		 * @param key the record key
		 * @param json the JSON
		 * @param eventId the event id
		 * @param eventType the contract name
		 * @param eventVersion the contract version
		 * @param correlationId the correlation id
		 * @return the event as it will be sent
		 */
		public static StoredEvent ofJson(String topic, String key, String json, UUID eventId, String eventType,
				int eventVersion, UUID correlationId) {
			return new StoredEvent(topic, key, json.getBytes(StandardCharsets.UTF_8), eventId, eventType,
					eventVersion, correlationId);
		}

		/**
		 * The size of the payload in bytes, as the broker will see the value.
		 * @return the byte count
		 */
		public long payloadBytes() {
			return this.payload.length;
		}

		/**
		 * The payload as text.
		 * @return the JSON
		 */
		public String payloadText() {
			return new String(this.payload, StandardCharsets.UTF_8);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof StoredEvent that && this.topic.equals(that.topic) && this.key.equals(that.key)
					&& Arrays.equals(this.payload, that.payload) && this.eventId.equals(that.eventId)
					&& this.eventType.equals(that.eventType) && this.eventVersion == that.eventVersion
					&& this.correlationId.equals(that.correlationId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.topic, this.key, Arrays.hashCode(this.payload), this.eventId, this.eventType,
					this.eventVersion, this.correlationId);
		}

		/** Without the payload, which may hold what a log must not. */
		@Override
		public String toString() {
			return "StoredEvent[" + this.eventType + " v" + this.eventVersion + " " + this.eventId + " to "
					+ this.topic + ", " + this.payload.length + " bytes]";
		}

	}

}
