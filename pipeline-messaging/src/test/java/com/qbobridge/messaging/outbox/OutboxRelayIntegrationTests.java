package com.qbobridge.messaging.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.qbobridge.messaging.MessagingProperties;
import com.qbobridge.messaging.KafkaReading;
import com.qbobridge.messaging.Samples;
import com.qbobridge.messaging.TestMessagingApplication;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ImportProgressed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay publishes every event once the change commits, and keeps each key's events in commit order even
 * when two relays (two replicas of a service) work on one table.
 */
@SpringBootTest(classes = TestMessagingApplication.class,
		properties = { "pipeline.messaging.outbox.batch-size=7", "pipeline.messaging.outbox.poll-interval=20ms" })
class OutboxRelayIntegrationTests {

	private static final int KEYS = 6;

	private static final int EVENTS_PER_KEY = 150;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRelay relay;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EventPublisher publisher;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MessagingProperties properties;

	@Test
	void twoRelaysOnOneTablePublishEachKeysEventsInCommitOrder() throws Exception {
		OutboxRelay secondReplica = new OutboxRelay(JdbcClient.create(this.dataSource),
				new TransactionTemplate(this.transactionManager), this.publisher, this.events,
				this.properties.outbox());
		secondReplica.start();
		List<UUID> keys = new ArrayList<>();
		for (int i = 0; i < KEYS; i++) {
			keys.add(UUID.randomUUID());
		}
		Map<UUID, List<Long>> received = new ConcurrentHashMap<>();
		try (KafkaConsumer<String, String> consumer = KafkaReading.fromTheEndOf(Topics.IMPORT_PROGRESSED)) {
			TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
			ExecutorService writers = Executors.newFixedThreadPool(KEYS);
			List<Future<?>> writing = new ArrayList<>();
			for (UUID key : keys) {
				// Each key's events are appended in separate transactions, one after the other, while the other
				// keys' writers and both relays run at the same time.
				writing.add(writers.submit(() -> {
					for (long sequence = 1; sequence <= EVENTS_PER_KEY; sequence++) {
						ImportProgressed event = Samples.progress(key, sequence);
						transactions.executeWithoutResult((status) -> this.outbox.append(Topics.IMPORT_PROGRESSED,
								event));
					}
				}));
			}
			for (Future<?> write : writing) {
				write.get();
			}
			writers.shutdown();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					ImportProgressed event = EventJson.mapper().readValue(record.value(), ImportProgressed.class);
					UUID key = event.metadata().connectionId();
					if (keys.contains(key)) {
						received.computeIfAbsent(key, (k) -> new ArrayList<>()).add(event.invoicesFetched());
					}
				}
				return received.values().stream().mapToInt(List::size).sum() >= KEYS * EVENTS_PER_KEY;
			});
		}
		finally {
			secondReplica.stop();
		}
		List<Long> expected = new ArrayList<>();
		for (long sequence = 1; sequence <= EVENTS_PER_KEY; sequence++) {
			expected.add(sequence);
		}
		for (UUID key : keys) {
			assertThat(received.get(key)).as("events of key %s", key).containsExactlyElementsOf(expected);
		}
		assertThat(this.relay.pending()).isZero();
	}

	@Test
	void appendingOutsideATransactionIsRefused() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> this.outbox.append(Topics.IMPORT_PROGRESSED, Samples.progress(UUID.randomUUID(), 1)));
	}

	@Test
	void manyEventsAreAppendedInListOrderAndAnEventIdWaitingAlreadyIsStoredOnce() {
		UUID key = UUID.randomUUID();
		UUID aggregate = UUID.randomUUID();
		ImportProgressed first = Samples.progress(key, 1);
		ImportProgressed second = Samples.progress(key, 2);
		List<Map<String, Object>> stored = new TransactionTemplate(this.transactionManager).execute((status) -> {
			this.outbox.append(List.of(new OutboxEntry(Topics.IMPORT_PROGRESSED, first, aggregate, key.toString()),
					new OutboxEntry(Topics.IMPORT_PROGRESSED, second, null, key.toString()),
					new OutboxEntry(Topics.IMPORT_PROGRESSED, first, aggregate, key.toString())));
			List<Map<String, Object>> rows = JdbcClient.create(this.dataSource)
				.sql("select event_id, event_type, event_version, aggregate_id, payload from outbox"
						+ " where message_key = ? order by id")
				.param(key.toString())
				.query()
				.listOfRows();
			status.setRollbackOnly();
			return rows;
		});
		assertThat(stored).extracting((row) -> row.get("event_id"))
			.containsExactly(first.metadata().eventId(), second.metadata().eventId());
		assertThat(stored).extracting((row) -> row.get("aggregate_id")).containsExactly(aggregate, null);
		assertThat(stored.get(1).get("event_type")).isEqualTo(second.metadata().eventType());
		assertThat(stored.get(1).get("event_version")).isEqualTo(second.metadata().eventVersion());
		assertThat(EventJson.mapper().readValue((String) stored.get(1).get("payload"), ImportProgressed.class))
			.isEqualTo(second);
	}

	@Test
	void anEventRolledBackWithItsChangeIsNeverPublished() {
		UUID key = UUID.randomUUID();
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		transactions.executeWithoutResult((status) -> {
			this.outbox.append(Topics.IMPORT_PROGRESSED, Samples.progress(key, 1));
			status.setRollbackOnly();
		});
		assertThat(JdbcClient.create(this.dataSource)
			.sql("select count(*) from outbox where message_key = ?")
			.param(key.toString())
			.query(Long.class)
			.single()).isZero();
	}


}
