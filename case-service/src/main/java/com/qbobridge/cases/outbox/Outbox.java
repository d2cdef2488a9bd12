package com.qbobridge.cases.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Writes events into the outbox table in the caller's transaction, so that they are stored if and only if the change
 * they describe is; the {@link OutboxRelay} publishes them after the commit.
 */
@Component
public class Outbox {

	private static final String INSERT = """
			INSERT INTO outbox (event_id, event_type, event_version, correlation_id, topic, message_key, payload,
			                    case_id, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (event_id) DO NOTHING""";

	private final JdbcTemplate jdbc;

	private final OutboxRelay relay;

	private final Clock clock;

	public Outbox(JdbcTemplate jdbc, OutboxRelay relay, Clock clock) {
		this.jdbc = jdbc;
		this.relay = relay;
		this.clock = clock;
	}

	/**
	 * Appends events, in order, to the outbox. Must run inside a transaction; the relay is woken when it commits. An
	 * event whose id is still waiting in the outbox is not stored twice: events with ids derived from their cause
	 * (the answer to a redelivered approval) repeat their id, and one copy of each is enough.
	 * @param entries the events with their topics, must not be null
	 */
	public void append(List<Entry> entries) {
		Assert.notNull(entries, "entries must not be null");
		Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
				"Events must be appended inside the transaction of the change they describe");
		if (entries.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.batchUpdate(INSERT, entries, entries.size(), (ps, entry) -> {
			EventMetadata metadata = entry.event().metadata();
			ps.setObject(1, metadata.eventId());
			ps.setString(2, metadata.eventType());
			ps.setInt(3, metadata.eventVersion());
			ps.setObject(4, metadata.correlationId());
			ps.setString(5, entry.topic());
			ps.setString(6, metadata.partitionKey());
			ps.setString(7, EventJson.mapper().writeValueAsString(entry.event()));
			ps.setObject(8, entry.aggregateId());
			ps.setTimestamp(9, now);
		});
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.relay.wakeUp();
			}
		});
	}

	/**
	 * An event to publish on a topic, keyed by its {@link EventMetadata#partitionKey()}.
	 *
	 * @param topic the topic
	 * @param event the event
	 * @param aggregateId the entity the event is about, if any
	 */
	public record Entry(String topic, Event event, @Nullable UUID aggregateId) {

		public Entry {
			Assert.hasText(topic, "topic must not be empty");
			Assert.notNull(event, "event must not be null");
		}

	}

}
