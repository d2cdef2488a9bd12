package com.qbobridge.messaging.consuming;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.qbobridge.schemas.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Makes consumers idempotent: an event's id is recorded in the same transaction as its effect, so a redelivered
 * event is recognised and skipped. Ids are forgotten after the retention (see {@code ProcessedEventsCleanup}).
 */
public class ProcessedEvents {

	private static final Logger logger = LoggerFactory.getLogger(ProcessedEvents.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	public ProcessedEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the event as processed, unless it already was; must run in the transaction of the event's effect.
	 * @param event the event about to be handled, must not be null
	 * @return {@code true} the first time, {@code false} for a duplicate (logged at WARN)
	 */
	public boolean firstDelivery(Event event) {
		return !firstDeliveries(List.of(event)).isEmpty();
	}

	/**
	 * Records a batch of events as processed in one statement; must run in the transaction of their effects.
	 * @param events the events about to be handled, must not be null
	 * @return the events seen for the first time, in the given order (a duplicate within the batch counts once)
	 */
	public <E extends Event> List<E> firstDeliveries(Collection<E> events) {
		Assert.notNull(events, "events must not be null");
		Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
				"Processed events must be recorded in the transaction of their effect");
		if (events.isEmpty()) {
			return List.of();
		}
		Map<UUID, E> byId = new LinkedHashMap<>();
		for (E event : events) {
			byId.putIfAbsent(event.metadata().eventId(), event);
		}
		UUID[] ids = byId.keySet().toArray(UUID[]::new);
		String[] types = byId.values().stream().map((event) -> event.metadata().eventType()).toArray(String[]::new);
		Set<UUID> inserted = new HashSet<>(this.jdbc.sql("""
				insert into processed_events (event_id, event_type, processed_at)
				select id, type, :now from unnest(:ids, :types) as t(id, type)
				on conflict (event_id) do nothing
				returning event_id""")
			.param("ids", new SqlArrayValue("uuid", (Object[]) ids))
			.param("types", new SqlArrayValue("text", (Object[]) types))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.list());
		List<E> first = byId.values().stream().filter((event) -> inserted.contains(event.metadata().eventId())).toList();
		if (first.size() < events.size()) {
			logger.warn("Skipping {} duplicate event(s) of {}", events.size() - first.size(), events.size());
		}
		return first;
	}

	/**
	 * Forgets events processed before a point in time, once no topic can redeliver them.
	 * @param cutoff events processed before this are forgotten
	 * @return how many were forgotten
	 */
	public int forgetProcessedBefore(Instant cutoff) {
		return this.jdbc.sql("delete from processed_events where processed_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

}
