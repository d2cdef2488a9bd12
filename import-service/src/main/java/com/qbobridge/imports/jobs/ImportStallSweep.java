package com.qbobridge.imports.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every import ends: a fetching or mapping import that nothing moved for {@code pipeline.imports.stall-after} (a
 * lost {@code ImportCompleted}, drafts that never arrive) fails as {@code STALLED}, so the creditor can retry it.
 * One conditional update per sweep, so replicas sweeping at once never fail an import twice, and an import that
 * moved meanwhile is left alone. Events arriving after the verdict are handled as after any failure: counted, but
 * the import stays failed.
 */
@Component
class ImportStallSweep {

	private static final Logger logger = LoggerFactory.getLogger(ImportStallSweep.class);

	private final ImportJobs jobs;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final ImportsProperties properties;

	private final Clock clock;

	ImportStallSweep(ImportJobs jobs, ApplicationEventPublisher events, TransactionTemplate transactions,
			ImportsProperties properties, Clock clock) {
		this.jobs = jobs;
		this.events = events;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${pipeline.imports.stall-sweep-interval:1m}",
			initialDelayString = "${pipeline.imports.stall-sweep-interval:1m}")
	void sweep() {
		Instant now = this.clock.instant();
		Duration idle = this.properties.stallAfter();
		List<UUID> stalled = this.transactions.execute((status) -> {
			List<UUID> failed = this.jobs.failStalled(now.minus(idle), detail(idle), now);
			// Progress streams are told after the commit (they listen transactionally).
			failed.forEach((importId) -> this.events.publishEvent(new ImportJobChanged(importId)));
			return failed;
		});
		if (stalled != null && !stalled.isEmpty()) {
			logger.warn("Failed {} imports as STALLED (nothing arrived for {}): {}", stalled.size(), idle, stalled);
		}
	}

	/**
	 * The failure in words, e.g. "Nothing arrived from QuickBooks for 10 minutes."
	 */
	static String detail(Duration idle) {
		long minutes = idle.toMinutes();
		if (minutes > 0 && idle.toSeconds() % 60 == 0) {
			return "Nothing arrived from QuickBooks for " + minutes + ((minutes == 1) ? " minute." : " minutes.");
		}
		long seconds = Math.max(1, idle.toSeconds());
		return "Nothing arrived from QuickBooks for " + seconds + ((seconds == 1) ? " second." : " seconds.");
	}

}
