package com.qbobridge.imports.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.qbobridge.schemas.EventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends queued outbox events to Kafka in the order they were queued, and deletes each one once the broker
 * acknowledged it. Delivery is at least once; consumers de-duplicate on the event id.
 */
@Component
class OutboxRelay {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, String> kafka;

	OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka) {
		this.jdbc = jdbc;
		this.kafka = kafka;
	}

	@Scheduled(fixedDelayString = "${pipeline.imports.outbox.poll-interval:200ms}")
	@Transactional
	public void relay() {
		List<Pending> pending = this.jdbc
			.sql("select id, topic, message_key, payload, event_id, event_type, event_version, correlation_id"
					+ " from outbox order by id limit " + BATCH + " for update skip locked")
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("topic"), rs.getString("message_key"),
					rs.getString("payload"), rs.getObject("event_id", UUID.class), rs.getString("event_type"),
					rs.getInt("event_version"), rs.getObject("correlation_id", UUID.class)))
			.list();
		for (Pending event : pending) {
			try {
				this.kafka.send(event.toRecord()).get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				logger.warn("Could not publish event {} to {} yet; will retry", event.eventId(), event.topic(), ex);
				if (ex instanceof InterruptedException) {
					Thread.currentThread().interrupt();
				}
				return;
			}
			this.jdbc.sql("delete from outbox where id = ?").param(event.id()).update();
		}
	}

	private record Pending(long id, String topic, String key, String payload, UUID eventId, String eventType,
			int eventVersion, UUID correlationId) {

		ProducerRecord<String, String> toRecord() {
			ProducerRecord<String, String> record = new ProducerRecord<>(this.topic, this.key, this.payload);
			EventHeaders.of(this.eventId, this.eventType, this.eventVersion, this.correlationId)
				.forEach((name, value) -> record.headers().add(name, bytes(value)));
			return record;
		}

		private static byte[] bytes(String value) {
			return value.getBytes(StandardCharsets.UTF_8);
		}

	}

}
