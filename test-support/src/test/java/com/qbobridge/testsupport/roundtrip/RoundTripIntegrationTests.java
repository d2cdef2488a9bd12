package com.qbobridge.testsupport.roundtrip;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Proves the test infrastructure end to end: a contract crosses a real broker through Spring Cloud Stream's Kafka
 * binder, lands in a Flyway-migrated table of a real PostgreSQL, and the answer crosses the broker back.
 */
@SpringBootTest
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class })
class RoundTripIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	private KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> answers = new CopyOnWriteArrayList<>();

	@BeforeEach
	void subscribeToAnswers() {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "round-trip-test-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
				new StringDeserializer());
		this.consumer.subscribe(List.of("roundtrip.import-progressed"));
	}

	@AfterEach
	void close() {
		this.consumer.close();
	}

	@Test
	void eventCrossesTheBrokerIntoTheDatabaseAndAnswers() {
		UUID importId = UUID.randomUUID();
		ImportRequested request = new ImportRequested(
				EventMetadata.first(ImportRequested.CONTRACT, "acme", UUID.randomUUID(), importId), DateField.DUE_DATE,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>("roundtrip.import-requested", request.metadata().partitionKey(),
					EventJson.mapper().writeValueAsString(request)));
		}

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.answers::add);
			assertThat(this.answers).extracting((record) -> read(record).metadata().importId()).contains(importId);
		});
		ImportProgressed answer = this.answers.stream()
			.map(RoundTripIntegrationTests::read)
			.filter((progress) -> importId.equals(progress.metadata().importId()))
			.findFirst()
			.orElseThrow();
		assertThat(answer.metadata().correlationId()).isEqualTo(request.metadata().correlationId());
		assertThat(answer.metadata().eventType()).isEqualTo("ImportProgressed");
		assertThat(this.jdbc.sql("select date_field from received_imports where import_id = ?")
			.param(importId)
			.query(String.class)
			.single()).isEqualTo("DUE_DATE");
	}

	private static ImportProgressed read(ConsumerRecord<String, String> record) {
		return EventJson.mapper().readValue(record.value(), ImportProgressed.class);
	}

}
