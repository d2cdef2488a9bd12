package com.qbobridge.imports.messaging;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventJson;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Records events to publish in the same database transaction as the change that causes them, so that the change and
 * the event commit together; {@link OutboxRelay} sends them to Kafka afterwards.
 */
@Component
public class Outbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	Outbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues an event; must be called inside the transaction that makes the change it reports.
	 * @param topic the topic to publish to, must not be blank
	 * @param event the event, must not be null
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String topic, Event event) {
		Assert.hasText(topic, "topic must not be blank");
		Assert.notNull(event, "event must not be null");
		this.jdbc
			.sql("insert into outbox (topic, message_key, payload, event_id, event_type, event_version, correlation_id,"
					+ " created_at) values (:topic, :key, :payload, :eventId, :eventType, :eventVersion, :correlationId,"
					+ " :createdAt)")
			.param("topic", topic)
			.param("key", event.metadata().partitionKey())
			.param("payload", EventJson.mapper().writeValueAsString(event))
			.param("eventId", event.metadata().eventId())
			.param("eventType", event.metadata().eventType())
			.param("eventVersion", event.metadata().eventVersion())
			.param("correlationId", event.metadata().correlationId())
			.param("createdAt", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

}
