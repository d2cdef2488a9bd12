package com.qbobridge.messaging.outbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.qbobridge.messaging.MessagingProperties;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.messaging.publishing.EventPublisher.StoredEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox in id order and deletes what the broker acknowledged, on one thread per instance. Across
 * instances a transaction-scoped PostgreSQL advisory lock elects the one relay that may publish a round, so several
 * replicas never interleave one key's events; with {@link Outbox}'s per-key locks, id order is commit order per key.
 * A crash after the acknowledgement and before the deletion commits publishes that round again with the same event
 * ids: delivery is at least once, and consumers de-duplicate by event id.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	/** The advisory lock that elects the relaying instance; each service has its own database, so one constant. */
	static final long RELAY_LOCK = 0x7069_7065_6f75_7478L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final EventPublisher publisher;

	private final ApplicationEventPublisher events;

	private final MessagingProperties.Outbox settings;

	private final Object monitor = new Object();

	private boolean signalled;

	private volatile boolean running;

	private @Nullable Thread worker;

	public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, EventPublisher publisher,
			ApplicationEventPublisher events, MessagingProperties.Outbox settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.publisher = publisher;
		this.events = events;
		this.settings = settings;
	}

	/**
	 * Asks the relay to look at the outbox now rather than at its next poll, e.g. after a commit that added events.
	 */
	public void wakeUp() {
		synchronized (this.monitor) {
			this.signalled = true;
			this.monitor.notifyAll();
		}
	}

	/**
	 * Publishes one round: up to {@code batchSize} of the oldest events, waiting for the broker's acknowledgements.
	 * @return how many events were published; 0 when the outbox is empty or another instance holds the relay lock
	 */
	public int relayOnce() {
		Integer published = this.transactions.execute((status) -> {
			boolean leader = this.jdbc.sql("select pg_try_advisory_xact_lock(:key)")
				.param("key", RELAY_LOCK)
				.query(Boolean.class)
				.single();
			if (!leader) {
				return 0;
			}
			List<OutboxMessage> messages = this.jdbc.sql("""
					select id, event_id, event_type, event_version, correlation_id, topic, message_key, payload,
					       aggregate_id
					from outbox order by id limit :limit""")
				.param("limit", this.settings.batchSize())
				.query((rs, row) -> new OutboxMessage(rs.getLong("id"),
						StoredEvent.ofJson(rs.getString("topic"), rs.getString("message_key"), rs.getString("payload"),
								rs.getObject("event_id", UUID.class), rs.getString("event_type"),
								rs.getInt("event_version"), rs.getObject("correlation_id", UUID.class)),
						rs.getObject("aggregate_id", UUID.class)))
				.list();
			if (messages.isEmpty()) {
				return 0;
			}
			this.publisher.publishStored(messages.stream().map(OutboxMessage::event).toList(),
					this.settings.sendTimeout());
			Long[] ids = messages.stream().map(OutboxMessage::id).toArray(Long[]::new);
			this.jdbc.sql("delete from outbox where id = any(:ids)")
				.param("ids", new SqlArrayValue("bigint", (Object[]) ids))
				.update();
			this.events.publishEvent(new OutboxRelayed(messages));
			return messages.size();
		});
		return (published != null) ? published : 0;
	}

	/**
	 * How many events wait in the outbox, e.g. for a health check or a test.
	 * @return the number of pending events
	 */
	public long pending() {
		return this.jdbc.sql("select count(*) from outbox").query(Long.class).single();
	}

	private void run() {
		Duration pause = this.settings.pollInterval();
		while (this.running) {
			try {
				int published = relayOnce();
				pause = this.settings.pollInterval();
				if (published >= this.settings.batchSize()) {
					// A backlog drains without waiting a poll interval between rounds.
					continue;
				}
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				logger.warn("Could not relay the outbox, retrying in {}: {}", pause, ex.getMessage());
				await(pause);
				pause = min(pause.multipliedBy(2), this.settings.maxRetryInterval());
				continue;
			}
			await(pause);
		}
	}

	private void await(Duration pause) {
		synchronized (this.monitor) {
			long deadline = System.nanoTime() + pause.toNanos();
			while (!this.signalled && this.running) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					break;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.monitor, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			this.signalled = false;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		Thread thread = new Thread(this::run, "outbox-relay");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		wakeUp();
		Thread thread = this.worker;
		if (thread != null) {
			try {
				thread.join(this.settings.sendTimeout().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.worker = null;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public boolean isAutoStartup() {
		return this.settings.relayEnabled();
	}

	@Override
	public int getPhase() {
		// Stops after the listener containers (which may still append while they finish), starts before them.
		return Integer.MAX_VALUE - 1000;
	}

}
