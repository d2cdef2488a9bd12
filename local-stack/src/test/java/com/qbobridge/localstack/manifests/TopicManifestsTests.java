package com.qbobridge.localstack.manifests;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.qbobridge.localstack.kafka.TopicSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed topic files are what the generator makes from today's catalog.
 */
class TopicManifestsTests {

	private static final String STALE = "is stale: the topic catalog changed. Regenerate it from the repository root "
			+ "with "
			+ "./mvnw -B -ntp -pl local-stack -am package -DskipTests && java -cp "
			+ "local-stack/target/local-stack-0.1.0-SNAPSHOT.jar com.qbobridge.localstack.manifests.TopicManifests";

	@Test
	void strimziTopicsAreGeneratedFromTheCatalog() {
		assertThat(Repository.read(TopicManifests.STRIMZI_TOPICS.toString()))
			.as(TopicManifests.STRIMZI_TOPICS + " " + STALE)
			.isEqualTo(TopicManifests.strimziTopics(TopicSpec.fromCatalog()));
	}

	@Test
	void composeTopicScriptIsGeneratedFromTheCatalogAndExecutable() {
		assertThat(Repository.read(TopicManifests.COMPOSE_TOPICS.toString()))
			.as(TopicManifests.COMPOSE_TOPICS + " " + STALE)
			.isEqualTo(TopicManifests.composeTopicScript(TopicSpec.fromCatalog()));
		assertThat(Files.isExecutable(Repository.file(TopicManifests.COMPOSE_TOPICS.toString()))).isTrue();
	}

}
