package com.qbobridge.localstack.kafka;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTests {

	@Test
	void configuresASingleNodeKraftBrokerOnTheGivenPortsWithCatalogOnlyTopics() {
		Map<String, String> properties = KafkaBroker.serverProperties(
				KafkaBroker.Settings.of(Path.of("/stack/kafka"), 19092, 19093, Path.of("/stack/logs/kafka.log")));

		assertThat(properties).containsEntry("process.roles", "broker,controller")
			.containsEntry("controller.quorum.voters", "1@localhost:19093")
			.containsEntry("listeners", "PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093")
			.containsEntry("advertised.listeners", "PLAINTEXT://localhost:19092")
			.containsEntry("log.dirs", Path.of("/stack/kafka/data").toAbsolutePath().toString())
			.containsEntry("auto.create.topics.enable", "false")
			.containsEntry("offsets.topic.replication.factor", "1")
			.containsEntry("transaction.state.log.min.isr", "1")
			.containsEntry("share.coordinator.state.topic.replication.factor", "1");
	}

}
