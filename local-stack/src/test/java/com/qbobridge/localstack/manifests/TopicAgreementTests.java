package com.qbobridge.localstack.manifests;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.qbobridge.schemas.Topic;
import com.qbobridge.schemas.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topic catalog, the Strimzi topics in {@code deploy/} and the topics docker-compose creates agree: same names,
 * partitions, retention and compaction, and nothing else. Parsed from the files themselves, independently of the
 * generator.
 */
class TopicAgreementTests {

	private static final Pattern CREATE = Pattern
		.compile("--create --if-not-exists --topic (\\S+) --partitions (\\d+) --replication-factor 1"
				+ "((?: --config \\S+)*)");

	private static final Pattern CONFIG = Pattern.compile("--config ([^=\\s]+)=(\\S+)");

	@Test
	void strimziTopicsAreTheCatalogWithItsPartitionsRetentionAndCompaction() {
		Map<String, Declared> strimzi = new LinkedHashMap<>();
		for (Map<String, Object> resource : Repository.yamlDocuments("deploy/base/kafka-topics.yaml")) {
			assertThat(resource).containsEntry("apiVersion", "kafka.strimzi.io/v1beta2").containsEntry("kind",
					"KafkaTopic");
			assertThat(Repository.map(Repository.at(resource, "metadata", "labels")))
				.containsEntry("strimzi.io/cluster", TopicManifests.STRIMZI_CLUSTER);
			Map<String, Object> spec = Repository.map(resource.get("spec"));
			Map<String, String> config = new TreeMap<>();
			Repository.map(spec.get("config")).forEach((key, value) -> config.put(key, String.valueOf(value)));
			assertThat(config).containsEntry("min.insync.replicas", "2");
			assertThat(spec).containsEntry("replicas", 3);
			strimzi.put((String) spec.get("topicName"), new Declared((Integer) spec.get("partitions"), config));
		}

		assertAgreesWithCatalog(strimzi);
	}

	@Test
	void composeCreatesTheCatalogTopicsBeforeAnyServiceStarts() {
		Map<String, Declared> compose = new LinkedHashMap<>();
		Matcher create = CREATE.matcher(Repository.read("deploy/docker/create-topics.sh"));
		while (create.find()) {
			Map<String, String> config = new TreeMap<>();
			Matcher option = CONFIG.matcher(create.group(3));
			while (option.find()) {
				config.put(option.group(1), option.group(2));
			}
			compose.put(create.group(1), new Declared(Integer.parseInt(create.group(2)), config));
		}
		assertAgreesWithCatalog(compose);

		Map<String, Object> services = Repository.map(Repository.yaml("docker-compose.yml").get("services"));
		Map<String, Object> init = Repository.map(services.get("kafka-init"));
		assertThat(Repository.list(init.get("volumes")))
			.contains("./deploy/docker/create-topics.sh:/create-topics.sh:ro");
		assertThat(Repository.list(init.get("entrypoint"))).containsExactly("/bin/sh", "/create-topics.sh");
		assertThat(Repository.map(Repository.at(services, "kafka", "environment")))
			.containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
		for (String service : List.of("connector-service", "mapping-service", "case-service", "import-service")) {
			assertThat(Repository.map(Repository.at(services, service, "depends_on", "kafka-init")))
				.as(service + " starts after the topics exist")
				.containsEntry("condition", "service_completed_successfully");
		}
	}

	@Test
	void kustomizeDeploysTheStrimziTopics() {
		assertThat(Repository.list(Repository.yaml("deploy/base/kustomization.yaml").get("resources")))
			.contains("kafka-topics.yaml");
	}

	private static void assertAgreesWithCatalog(Map<String, Declared> declared) {
		Map<String, Declared> expected = new LinkedHashMap<>();
		for (Topic topic : Topics.catalog()) {
			Map<String, String> config = new TreeMap<>();
			config.put("cleanup.policy", topic.compacted() ? "compact" : "delete");
			if (!topic.compacted()) {
				config.put("retention.ms", String.valueOf(topic.retention().toMillis()));
			}
			expected.put(topic.name(), new Declared(topic.partitions(), config));
			Duration deadLetterRetention = topic.retention().compareTo(Duration.ofDays(14)) > 0 ? topic.retention()
					: Duration.ofDays(14);
			expected.put(topic.deadLetterTopic(), new Declared(topic.partitions(),
					Map.of("cleanup.policy", "delete", "retention.ms",
							String.valueOf(deadLetterRetention.toMillis()))));
		}
		assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
		expected.forEach((name, topic) -> {
			assertThat(declared.get(name).partitions()).as(name + " partitions").isEqualTo(topic.partitions());
			assertThat(declared.get(name).config()).as(name + " config").containsAllEntriesOf(topic.config());
			assertThat(declared.get(name).config().get("cleanup.policy")).as(name + " cleanup.policy")
				.isEqualTo(topic.config().get("cleanup.policy"));
		});
	}

	private record Declared(int partitions, Map<String, String> config) {
	}

}
