package com.qbobridge.localstack.kafka;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.qbobridge.schemas.Topic;
import com.qbobridge.schemas.Topics;

import static org.assertj.core.api.Assertions.assertThat;

class TopicSpecTests {

	@Test
	void createsEveryCatalogTopicFollowedByItsDeadLetterTopic() {
		List<TopicSpec> specs = TopicSpec.fromCatalog();

		assertThat(specs).hasSize(Topics.catalog().size() * 2);
		for (int i = 0; i < Topics.catalog().size(); i++) {
			Topic topic = Topics.catalog().get(i);
			assertThat(specs.get(2 * i).name()).isEqualTo(topic.name());
			assertThat(specs.get(2 * i).partitions()).isEqualTo(topic.partitions());
			assertThat(specs.get(2 * i).deadLetter()).isFalse();
			assertThat(specs.get(2 * i + 1).name()).isEqualTo(topic.deadLetterTopic());
			assertThat(specs.get(2 * i + 1).deadLetter()).isTrue();
		}
	}

	@Test
	void givesDeadLetterTopicsTheSourcePartitionsBecauseFailedRecordsKeepTheirPartition() {
		TopicSpec deadLetter = spec(Topics.deadLetter(Topics.INVOICE_FETCHED));

		assertThat(deadLetter.partitions()).isEqualTo(12);
		assertThat(deadLetter.config()).containsEntry("cleanup.policy", "delete")
			.containsEntry("retention.ms", String.valueOf(Duration.ofDays(14).toMillis()));
		assertThat(spec(Topics.deadLetter(Topics.CASE_CREATED)).config()).containsEntry("retention.ms",
				String.valueOf(Duration.ofDays(30).toMillis()));
	}

	@Test
	void keepsRetentionAndCompactionFromTheCatalog() {
		assertThat(spec(Topics.INVOICE_FETCHED).config()).containsEntry("cleanup.policy", "delete")
			.containsEntry("retention.ms", String.valueOf(Duration.ofDays(3).toMillis()));
		assertThat(spec(Topics.CONNECTION_STATUS_CHANGED).config()).containsEntry("cleanup.policy", "compact")
			.doesNotContainKey("retention.ms");
		assertThat(spec(Topics.deadLetter(Topics.CONNECTION_STATUS_CHANGED)).config())
			.containsEntry("cleanup.policy", "delete");
	}

	private static TopicSpec spec(String name) {
		return TopicSpec.fromCatalog().stream().filter((spec) -> spec.name().equals(name)).findFirst().orElseThrow();
	}

}
