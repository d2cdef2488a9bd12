package com.qbobridge.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.qbobridge.schemas.Topic;
import com.qbobridge.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.kafka.KafkaContainer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker per test JVM, started on first use and shared by every test context: a container when Docker
 * runs, else Kafka's own KRaft broker inside the JVM. {@code TEST_KAFKA_BOOTSTRAP_SERVERS} points tests at an
 * existing broker instead.
 */
public final class TestKafka {

	private static final Logger logger = LoggerFactory.getLogger(TestKafka.class);

	/** Apache Kafka's own image, the same major version as the client. */
	static final String IMAGE = "apache/kafka:4.1.2";

	private static final int PARTITIONS = 3;

	private static volatile String bootstrapServers;

	private TestKafka() {
	}

	/**
	 * The broker's address, starting the broker on first call.
	 * @return the bootstrap servers, e.g. {@code 127.0.0.1:40123}
	 */
	public static String bootstrapServers() {
		String servers = bootstrapServers;
		if (servers == null) {
			synchronized (TestKafka.class) {
				servers = bootstrapServers;
				if (servers == null) {
					servers = start();
					bootstrapServers = servers;
				}
			}
		}
		return servers;
	}

	/**
	 * Creates every topic of the catalog and its dead-letter topic on the test broker with the catalog's partition
	 * counts, as a deployment does before services start: consumers that start before the first record see every
	 * partition at once, and nothing has to add partitions later (which would move keys between partitions).
	 * Topics that exist already are left alone.
	 */
	public static void createCatalogTopics() {
		createCatalogTopics(bootstrapServers());
	}

	/**
	 * Creates every topic of the catalog and its dead-letter topic on a given broker, as
	 * {@link #createCatalogTopics()} does on the test broker; e.g. on a broker run as its own process.
	 * @param bootstrapServers the broker
	 */
	public static void createCatalogTopics(String bootstrapServers) {
		List<NewTopic> topics = new ArrayList<>();
		for (Topic topic : Topics.catalog()) {
			topics.add(new NewTopic(topic.name(), topic.partitions(), (short) 1));
			topics.add(new NewTopic(topic.deadLetterTopic(), topic.partitions(), (short) 1));
		}
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
			admin.createTopics(topics.stream().filter((topic) -> !existing.contains(topic.name())).toList())
				.all()
				.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not create the catalog's topics", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String start() {
		String external = System.getenv("TEST_KAFKA_BOOTSTRAP_SERVERS");
		if (external != null && !external.isBlank()) {
			logger.info("Tests use the Kafka broker at {}", external);
			return external;
		}
		if (Docker.isAvailable()) {
			KafkaContainer container = new KafkaContainer(IMAGE);
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-kafka-stop"));
			logger.info("Tests use a Kafka container at {}", container.getBootstrapServers());
			return container.getBootstrapServers();
		}
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
		broker.brokerProperties(Map.of("auto.create.topics.enable", "true", "num.partitions",
				String.valueOf(PARTITIONS)));
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-stop"));
		logger.info("Tests use an in-JVM KRaft broker at {}", broker.getBrokersAsString());
		return broker.getBrokersAsString();
	}

}
