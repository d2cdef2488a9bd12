package com.qbobridge.localstack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import com.qbobridge.localstack.postgres.Databases;
import com.qbobridge.localstack.process.Ports;
import com.qbobridge.localstack.process.Processes;
import com.qbobridge.schemas.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher's own start and stop, without the services: a real Kafka broker in a child JVM and an embedded
 * PostgreSQL on free ports, the catalog's topics and the service databases, a record round trip, and nothing left
 * running after {@link LocalStack#close()}.
 */
class LocalStackIntegrationTests {

	@Test
	void startsKafkaAndPostgresqlCreatesTopicsAndDatabasesAndLeavesNoProcessBehind() throws Exception {
		Path stateDir = Path.of("target", "local-stack-it-" + UUID.randomUUID()).toAbsolutePath();
		StackSettings settings = new StackSettings(LocalStack.repositoryRoot(), stateDir, false, null, Ports.anyFree(),
				Ports.anyFree(), null, Ports.anyFree(), Duration.ofMinutes(3), List.of(), List.of());
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		List<ProcessHandle> started = new ArrayList<>();
		Path runDir;
		try (LocalStack stack = new LocalStack(settings, new PrintStream(output, true, StandardCharsets.UTF_8))) {
			stack.start();
			started.addAll(stack.liveProcesses());
			runDir = stateDir.resolve("run-" + ProcessHandle.current().pid());

			assertThat(stack.status()).extracting(ServiceStatus::name, ServiceStatus::state)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("kafka", "UP"),
						org.assertj.core.groups.Tuple.tuple("postgresql", "UP"));
			assertThat(started).as("the broker JVM and the postmaster").hasSizeGreaterThanOrEqualTo(2);
			assertThat(runDir.resolve("kafka").resolve("data").resolve("meta.properties")).exists();
			for (String database : Databases.SERVICE_DATABASES) {
				assertThat(Databases.exists(stack.database(), database)).as(database).isTrue();
			}
			assertThat(stack.database().urlOf("cases")).endsWith(":" + settings.postgresPort() + "/cases");
			assertTopicsOf(stack.kafkaBootstrapServers());
			assertRoundTrip(stack.kafkaBootstrapServers());
		}
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("Stopping Kafka", "Stopping PostgreSQL");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(started).noneMatch(Processes::isRunning));
		assertThat(ProcessHandle.current().descendants().filter(Processes::isRunning)).isEmpty();
		assertThat(runDir).doesNotExist();
		assertThat(Ports.isFree(settings.kafkaPort())).isTrue();
		assertThat(Ports.isFree(settings.postgresPort())).isTrue();
		assertThat(Files.exists(stateDir.resolve("logs").resolve("kafka.log"))).isTrue();
	}

	private static void assertTopicsOf(String bootstrapServers) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Map<String, TopicDescription> topics = admin
				.describeTopics(List.of(Topics.INVOICE_FETCHED, Topics.deadLetter(Topics.INVOICE_FETCHED)))
				.allTopicNames()
				.get();
			assertThat(topics.get(Topics.INVOICE_FETCHED).partitions()).hasSize(12);
			assertThat(topics.get(Topics.deadLetter(Topics.INVOICE_FETCHED)).partitions()).hasSize(12);
			assertThat(admin.listTopics().names().get()).hasSizeGreaterThanOrEqualTo(Topics.catalog().size() * 2);
		}
	}

	private static void assertRoundTrip(String bootstrapServers) throws Exception {
		String key = "connection-" + UUID.randomUUID();
		RecordMetadata sent;
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			sent = producer.send(new ProducerRecord<>(Topics.IMPORT_REQUESTED, key, "{\"hello\":\"kafka\"}")).get();
		}
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
				"local-stack-it", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
			consumer.subscribe(List.of(Topics.IMPORT_REQUESTED));
			List<ConsumerRecord<String, String>> received = new ArrayList<>();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(received::add);
				return !received.isEmpty();
			});
			assertThat(received).singleElement().satisfies((record) -> {
				assertThat(record.key()).isEqualTo(key);
				assertThat(record.value()).isEqualTo("{\"hello\":\"kafka\"}");
				assertThat(record.partition()).isEqualTo(sent.partition());
			});
		}
	}

}
