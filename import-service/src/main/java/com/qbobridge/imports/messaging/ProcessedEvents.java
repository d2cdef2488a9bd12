package com.qbobridge.imports.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.qbobridge.schemas.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes consumers idempotent: an event's id is recorded in the same transaction as its effect, so a redelivered
 * event is recognised and skipped.
 */
@Component
public class ProcessedEvents {

	private static final Logger logger = LoggerFactory.getLogger(ProcessedEvents.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	ProcessedEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the event as processed, unless it already was.
	 * @param event the event about to be handled, must not be null
	 * @return {@code true} the first time, {@code false} for a duplicate (logged at WARN)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean firstDelivery(Event event) {
		int inserted = this.jdbc
			.sql("insert into processed_events (event_id, event_type, processed_at) values (?, ?, ?)"
					+ " on conflict (event_id) do nothing")
			.params(event.metadata().eventId(), event.metadata().eventType(),
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			logger.warn("Skipping duplicate {} {}", event.metadata().eventType(), event.metadata().eventId());
			return false;
		}
		return true;
	}

	/**
	 * Forgets events processed before a point in time, once no topic can redeliver them.
	 * @param cutoff events processed before this are forgotten
	 * @return how many were forgotten
	 */
	@Transactional
	public int forgetProcessedBefore(Instant cutoff) {
		return this.jdbc.sql("delete from processed_events where processed_at < ?")
			.param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
			.update();
	}

}
