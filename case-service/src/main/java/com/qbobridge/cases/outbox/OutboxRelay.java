package com.qbobridge.cases.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.qbobridge.schemas.EventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the outbox to Kafka in id order and deletes what the broker acknowledged, on one thread per instance
 * (and, through a PostgreSQL advisory lock, one active relay across instances, which keeps each key's events in
 * order). A crash after the broker acknowledged a round but before its deletion commits re-publishes that round with
 * the same event ids: delivery is at least once, and consumers de-duplicate by event id.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	/** The advisory lock that elects the one relay allowed to publish; any constant unique to this table works. */
	private static final long RELAY_LOCK = 0x6361_7365_6f75_7478L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final KafkaTemplate<String, String> kafka;

	private final ApplicationEventPublisher events;

	private final OutboxSettings settings;

	private final Object monitor = new Object();

	private boolean signalled;

	private volatile boolean running;

	private @Nullable Thread worker;

	public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> outboxTemplate,
			ApplicationEventPublisher events, OutboxSettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.kafka = outboxTemplate;
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
			boolean leader = this.jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
				.param("key", RELAY_LOCK)
				.query(Boolean.class)
				.single();
			if (!leader) {
				return 0;
			}
			List<OutboxMessage> messages = this.jdbc.sql("""
					SELECT id, event_id, event_type, event_version, correlation_id, topic, message_key, payload, case_id
					FROM outbox ORDER BY id LIMIT :limit""")
				.param("limit", this.settings.batchSize())
				.query((rs, row) -> new OutboxMessage(rs.getLong("id"), rs.getObject("event_id", UUID.class),
						rs.getString("event_type"), rs.getInt("event_version"),
						rs.getObject("correlation_id", UUID.class), rs.getString("topic"), rs.getString("message_key"),
						rs.getString("payload"), rs.getObject("case_id", UUID.class)))
				.list();
			if (messages.isEmpty()) {
				return 0;
			}
			send(messages);
			String ids = "{" + String.join(",", messages.stream().map((m) -> String.valueOf(m.id())).toList()) + "}";
			this.jdbc.sql("DELETE FROM outbox WHERE id = ANY(CAST(:ids AS bigint[]))").param("ids", ids).update();
			this.events.publishEvent(new EventsRelayed(messages));
			return messages.size();
		});
		return (published != null) ? published : 0;
	}

	private void send(List<OutboxMessage> messages) {
		List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(messages.size());
		for (OutboxMessage message : messages) {
			ProducerRecord<String, String> record = new ProducerRecord<>(message.topic(), message.key(),
					message.payload());
			EventHeaders.of(message.eventId(), message.eventType(), message.eventVersion(), message.correlationId())
				.forEach((name, value) -> header(record, name, value));
			sends.add(this.kafka.send(record));
		}
		this.kafka.flush();
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
				.get(this.settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing the outbox", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The broker did not acknowledge every outbox event", ex);
		}
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
	}

	private void run() {
		Duration pause = this.settings.pollInterval();
		while (this.running) {
			try {
				int published = relayOnce();
				pause = this.settings.pollInterval();
				if (published >= this.settings.batchSize()) {
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
	public void start() {
		this.running = true;
		Thread thread = new Thread(this::run, "outbox-relay");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
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
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public boolean isAutoStartup() {
		return this.settings.relayEnabled();
	}

}
