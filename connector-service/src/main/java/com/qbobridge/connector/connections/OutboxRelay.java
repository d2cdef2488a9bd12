package com.qbobridge.connector.connections;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.qbobridge.connector.messaging.EventPublisher;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the connection status changes stored in the {@link ConnectionEventOutbox} after their commit: polls, sends
 * each change, waits for the broker's acknowledgement, then deletes it. One instance relays at a time (a
 * transaction-scoped advisory lock), so changes of a connection leave in the order they were made. A crash after the
 * send and before the delete publishes a change twice with the same event id; consumers deduplicate on it.
 */
@Component
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxRelay implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private final ConnectionEventOutbox outbox;

	private final EventPublisher events;

	private final TransactionTemplate transactions;

	private final OutboxProperties properties;

	private volatile @Nullable ScheduledExecutorService scheduler;

	OutboxRelay(ConnectionEventOutbox outbox, EventPublisher events, TransactionTemplate transactions,
			OutboxProperties properties) {
		this.outbox = outbox;
		this.events = events;
		this.transactions = transactions;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.scheduler != null) {
			return;
		}
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.pollInterval().toMillis();
		started.scheduleWithFixedDelay(this::relaySafely, 0, interval, TimeUnit.MILLISECONDS);
		this.scheduler = started;
	}

	@Override
	public synchronized void stop() {
		ScheduledExecutorService running = this.scheduler;
		if (running == null) {
			return;
		}
		this.scheduler = null;
		running.shutdown();
		try {
			if (!running.awaitTermination(this.properties.sendTimeout().toMillis() + 5000, TimeUnit.MILLISECONDS)) {
				running.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			running.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

	/**
	 * Publishes what is pending now, if no other instance is relaying.
	 * @return how many changes were published
	 */
	public int relay() {
		Integer sent = this.transactions.execute((tx) -> {
			if (!this.outbox.lockRelay()) {
				return 0;
			}
			List<ConnectionEventOutbox.Pending> pending = this.outbox.oldest(this.properties.batchSize());
			int published = 0;
			for (ConnectionEventOutbox.Pending change : pending) {
				if (!send(change)) {
					// Keep the order: what follows waits for this change to go out at the next poll.
					break;
				}
				this.outbox.remove(change.position());
				published++;
			}
			return published;
		});
		return (sent != null) ? sent : 0;
	}

	private boolean send(ConnectionEventOutbox.Pending pending) {
		ConnectionStatusChanged change = pending.change();
		try {
			this.events.publish(pending.topic(), change)
				.get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
			logger.info("Published: connection {} of realm {} is now {} (was {}): {}",
					change.metadata().connectionId(), change.realmId(), change.status(), change.previousStatus(),
					change.reason());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			logger.warn("Could not publish the status change {} of connection {}, will retry",
					change.metadata().eventId(), change.metadata().connectionId(), ex);
			return false;
		}
	}

	private void relaySafely() {
		try {
			relay();
		}
		catch (RuntimeException ex) {
			// The change stays in the outbox and is tried again at the next poll.
			logger.warn("Could not relay connection status changes: {}", ex.getMessage());
		}
	}

}
