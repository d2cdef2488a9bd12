package com.qbobridge.cases.intake;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets processed approval ids once the approvals topic can no longer redeliver them (its retention is 14 days), so
 * that {@code processed_events} stays small. The retention kept is longer than the topic's, never shorter.
 */
@Component
class ProcessedEventsCleanup {

	private static final Logger logger = LoggerFactory.getLogger(ProcessedEventsCleanup.class);

	private final JdbcClient jdbc;

	private final IntakeSettings settings;

	private final Clock clock;

	ProcessedEventsCleanup(JdbcClient jdbc, IntakeSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpired() {
		int forgotten = this.jdbc.sql("DELETE FROM processed_events WHERE processed_at < :before")
			.param("before", Timestamp.from(this.clock.instant().minus(this.settings.processedEventsRetention())))
			.update();
		if (forgotten > 0) {
			logger.info("Forgot {} processed approval id(s) older than {}", forgotten,
					this.settings.processedEventsRetention());
		}
	}

}
