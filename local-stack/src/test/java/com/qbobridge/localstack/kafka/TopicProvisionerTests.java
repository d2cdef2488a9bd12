package com.qbobridge.localstack.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import com.qbobridge.testsupport.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Topic creation against a real broker (test-support's).
 */
class TopicProvisionerTests {

	private final String prefix = "provisioner-" + UUID.randomUUID().toString().substring(0, 8) + ".";

	@Test
	void createsMissingTopicsWithTheirPartitionsAndConfigAndKeepsThemOnTheNextRun() throws Exception {
		List<TopicSpec> specs = List.of(
				new TopicSpec(this.prefix + "invoice-fetched", 12, Map.of("cleanup.policy", "delete", "retention.ms",
						"259200000"), false),
				new TopicSpec(this.prefix + "connection-status-changed", 6, Map.of("cleanup.policy", "compact"),
						false));

		TopicProvisioner.Provisioned first = ensure(specs);
		TopicProvisioner.Provisioned second = ensure(specs);

		assertThat(first.created()).containsExactly(this.prefix + "invoice-fetched",
				this.prefix + "connection-status-changed");
		assertThat(second.created()).isEmpty();
		assertThat(second.existing()).containsExactlyElementsOf(first.created());
		assertPartitions(this.prefix + "invoice-fetched", 12);
		try (Admin admin = admin()) {
			ConfigResource compacted = new ConfigResource(ConfigResource.Type.TOPIC,
					this.prefix + "connection-status-changed");
			Config config = admin.describeConfigs(List.of(compacted)).all().get().get(compacted);
			assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
			ConfigResource deleted = new ConfigResource(ConfigResource.Type.TOPIC, this.prefix + "invoice-fetched");
			assertThat(admin.describeConfigs(List.of(deleted)).all().get().get(deleted).get("retention.ms").value())
				.isEqualTo("259200000");
		}
	}

	@Test
	void growsATopicThatHasFewerPartitionsThanTheCatalogWants() throws Exception {
		String name = this.prefix + "case-drafted";
		try (Admin admin = admin()) {
			admin.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get();
		}

		TopicProvisioner.Provisioned provisioned = ensure(List.of(new TopicSpec(name, 12, Map.of(), false)));

		assertThat(provisioned.grown()).containsExactly(name);
		assertPartitions(name, 12);
	}

	@Test
	void createsTheWholeCatalog() throws Exception {
		TopicProvisioner.ensureTopics(TestKafka.bootstrapServers(), TopicSpec.fromCatalog(), (short) 1,
				Duration.ofSeconds(60));

		try (Admin admin = admin()) {
			assertThat(admin.listTopics().names().get())
				.containsAll(TopicSpec.fromCatalog().stream().map(TopicSpec::name).toList());
		}
	}

	/**
	 * The broker's metadata follows a change a moment later.
	 */
	private static void assertPartitions(String topic, int partitions) {
		try (Admin admin = admin()) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(
						admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions())
					.hasSize(partitions));
		}
	}

	private static TopicProvisioner.Provisioned ensure(List<TopicSpec> specs) {
		return TopicProvisioner.ensureTopics(TestKafka.bootstrapServers(), specs, (short) 1, Duration.ofSeconds(60));
	}

	private static Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()));
	}

}
