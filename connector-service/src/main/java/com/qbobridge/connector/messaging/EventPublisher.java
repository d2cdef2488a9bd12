package com.qbobridge.connector.messaging;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.util.Assert;

/**
 * Publishes the connector's events the way every service of the pipeline does: JSON with the shared settings, keyed
 * by {@link EventMetadata#partitionKey()}, the envelope repeated as {@link EventHeaders}, and no {@code __TypeId__}.
 */
public class EventPublisher {

	private final KafkaTemplate<String, String> kafka;

	public EventPublisher(KafkaTemplate<String, String> kafka) {
		this.kafka = kafka;
	}

	/**
	 * Sends an event; the returned future completes when the broker acknowledged it.
	 * @param topic the topic, from {@code Topics}
	 * @param event the event, must not be null
	 * @return the send's outcome
	 */
	public CompletableFuture<SendResult<String, String>> publish(String topic, Event event) {
		Assert.notNull(event, "event must not be null");
		EventMetadata metadata = event.metadata();
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, metadata.partitionKey(),
				EventJson.mapper().writeValueAsString(event));
		EventHeaders.of(metadata).forEach((name, value) -> record.headers().add(name, bytes(value)));
		return this.kafka.send(record);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
