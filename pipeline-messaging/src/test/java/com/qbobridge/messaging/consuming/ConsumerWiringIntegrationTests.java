package com.qbobridge.messaging.consuming;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.qbobridge.messaging.KafkaReading;
import com.qbobridge.messaging.Samples;
import com.qbobridge.messaging.TestMessagingApplication;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.imports.ImportRequested;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record that can never be processed goes to {@code <topic>-dlt} at once with its reason, and the next record on the
 * same partition is processed; a transient failure is retried until it passes and is never dead-lettered.
 */
@SpringBootTest(classes = TestMessagingApplication.class,
		properties = { "pipeline.messaging.consumer.retry-initial-interval=100ms",
				"pipeline.messaging.consumer.retry-max-interval=200ms", "spring.kafka.consumer.auto-offset-reset=earliest" })
@Import(ConsumerWiringIntegrationTests.Listeners.class)
class ConsumerWiringIntegrationTests {

	@Autowired
	EventPublisher publisher;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	Recorder recorder;

	@Test
	void poisonRecordsGoToTheDeadLetterTopicWhileTheRecordsBehindThemAreProcessed() throws Exception {
		UUID connection = UUID.randomUUID();
		String key = connection.toString();
		try (KafkaConsumer<String, String> deadLetters = KafkaReading
			.fromTheEndOf(Topics.deadLetter(Topics.IMPORT_REQUESTED))) {
			// All on one partition (one key), in this order.
			this.kafka.send(new ProducerRecord<>(Topics.IMPORT_REQUESTED, key, "{not json")).get();
			ImportRequested unprocessable = Samples.request(connection, "unprocessable");
			ImportRequested constraint = Samples.request(connection, "constraint");
			ImportRequested first = Samples.request(connection, "fine");
			ImportRequested flaky = Samples.request(connection, "flaky");
			ImportRequested last = Samples.request(connection, "fine");
			for (ImportRequested event : List.of(unprocessable, constraint, first, flaky, last)) {
				this.publisher.publish(Topics.IMPORT_REQUESTED, event).get();
			}

			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(this.recorder.processed).containsSubsequence(id(first), id(flaky),
						id(last)));
			assertThat(this.recorder.attempts.get(id(flaky))).isEqualTo(3);
			assertThat(this.recorder.attempts.get(id(unprocessable))).isEqualTo(1);
			assertThat(this.recorder.attempts.get(id(constraint))).isEqualTo(1);

			List<ConsumerRecord<String, String>> dead = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				deadLetters.poll(Duration.ofMillis(200)).forEach(dead::add);
				assertThat(dead).filteredOn((record) -> key.equals(record.key())).hasSize(3);
			});
			List<ConsumerRecord<String, String>> ours = dead.stream().filter((r) -> key.equals(r.key())).toList();
			assertThat(ours.get(0).value()).isEqualTo("{not json");
			assertThat(header(ours.get(0), DeadLetters.REASON)).isNotBlank();
			assertThat(header(ours.get(0), "kafka_dlt-original-topic")).isEqualTo(Topics.IMPORT_REQUESTED);
			assertThat(ours.get(0).headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
			assertThat(ours.get(0).headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
			assertThat(header(ours.get(0), "kafka_dlt-exception-fqcn")).contains("DeserializationException");
			assertThat(header(ours.get(1), DeadLetters.REASON)).contains("the request names an unknown company");
			assertThat(ours.get(1).value()).contains(unprocessable.metadata().eventId().toString());
			assertThat(header(ours.get(2), DeadLetters.REASON)).contains("DataIntegrityViolationException");
			assertThat(dead).noneMatch((record) -> record.value().contains(flaky.metadata().eventId().toString()));
		}
	}

	@Test
	void aRecordOfAnotherContractIsDeadLetteredAsUnreadable() throws Exception {
		UUID connection = UUID.randomUUID();
		ImportRequested request = Samples.request(connection, "fine");
		EventMetadata wrong = new EventMetadata(request.metadata().eventId(), "InvoiceFetched", 1,
				request.metadata().occurredAt(), "fine", connection, null, request.metadata().correlationId());
		try (KafkaConsumer<String, String> deadLetters = KafkaReading
			.fromTheEndOf(Topics.deadLetter(Topics.IMPORT_REQUESTED))) {
			this.publisher
				.publish(Topics.IMPORT_REQUESTED, new ImportRequested(wrong, request.dateField(), null, null))
				.get();
			List<ConsumerRecord<String, String>> dead = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				deadLetters.poll(Duration.ofMillis(200)).forEach(dead::add);
				assertThat(dead).filteredOn((record) -> connection.toString().equals(record.key())).hasSize(1);
			});
			assertThat(header(dead.get(0), DeadLetters.REASON)).contains("Expected a ImportRequested")
				.contains("InvoiceFetched");
		}
		assertThat(this.recorder.attempts).doesNotContainKey(id(request));
	}

	private static UUID id(ImportRequested event) {
		return event.metadata().eventId();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : "";
	}


	/**
	 * A listener that acts on the account id: {@code unprocessable} breaks the contract, {@code constraint} violates
	 * a database constraint, {@code flaky} fails twice as if the database were down.
	 */
	static class Recorder {

		final List<UUID> processed = new CopyOnWriteArrayList<>();

		final Map<UUID, Integer> attempts = new ConcurrentHashMap<>();

		private final AtomicInteger flakyFailures = new AtomicInteger();

		@KafkaListener(id = "wiring-test", topics = Topics.IMPORT_REQUESTED)
		void on(ImportRequested request) {
			UUID id = request.metadata().eventId();
			this.attempts.merge(id, 1, Integer::sum);
			switch (request.metadata().accountId()) {
				case "unprocessable" -> throw new UnprocessableEvent("the request names an unknown company");
				case "constraint" -> throw new DataIntegrityViolationException("duplicate key value");
				case "flaky" -> {
					if (this.flakyFailures.incrementAndGet() <= 2) {
						throw new TransientDataAccessResourceException("the database is not answering");
					}
				}
				default -> {
				}
			}
			this.processed.add(id);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		Recorder recorder() {
			return new Recorder();
		}

	}

}
