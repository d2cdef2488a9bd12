package com.qbobridge.messaging.consuming;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.qbobridge.messaging.MessagingProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Forgets processed event ids older than the retention, so that {@code processed_events} stays small; the retention
 * outlasts every consumed topic's, so no redelivery can take effect twice. Safe on every instance at once.
 */
public class ProcessedEventsCleanup implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ProcessedEventsCleanup.class);

	private final ProcessedEvents processed;

	private final MessagingProperties.ProcessedEvents settings;

	private final Clock clock;

	private @Nullable ScheduledExecutorService scheduler;

	public ProcessedEventsCleanup(ProcessedEvents processed, MessagingProperties.ProcessedEvents settings,
			Clock clock) {
		this.processed = processed;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Forgets what is older than the retention now.
	 * @return how many ids were forgotten
	 */
	public int forgetExpired() {
		int forgotten = this.processed.forgetProcessedBefore(this.clock.instant().minus(this.settings.retention()));
		if (forgotten > 0) {
			logger.info("Forgot {} processed event id(s) older than {}", forgotten, this.settings.retention());
		}
		return forgotten;
	}

	private void forgetSafely() {
		try {
			forgetExpired();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not forget old processed event ids, trying again later: {}", ex.getMessage());
		}
	}

	@Override
	public synchronized void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "processed-events-cleanup");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.settings.cleanupInterval().toMillis();
		started.scheduleWithFixedDelay(this::forgetSafely, interval, interval, TimeUnit.MILLISECONDS);
		this.scheduler = started;
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

}
