package com.qbobridge.cases;

import java.util.List;

import com.qbobridge.schemas.Topic;
import com.qbobridge.schemas.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares the topics this service reads and writes (as the catalog sizes them) so that they exist before the first
 * event whichever service starts first; the broker's defaults decide replication. Existing topics are left as they are, or grown to the catalog's partitions.
 */
@Configuration(proxyBeanMethods = false)
class CaseTopics {

	@Bean
	KafkaAdmin.NewTopics caseServiceTopics() {
		Topic approved = Topics.named(Topics.CASE_DRAFT_APPROVED).orElseThrow();
		NewTopic deadLetter = TopicBuilder.name(approved.deadLetterTopic())
			.partitions(approved.partitions())
			.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(approved.retention().toMillis()))
			.build();
		List<NewTopic> topics = List.of(Topics.CASE_DRAFT_APPROVED, Topics.CASE_CREATED, Topics.CASE_REJECTED)
			.stream()
			.map((name) -> Topics.named(name).orElseThrow())
			.map((topic) -> TopicBuilder.name(topic.name())
				.partitions(topic.partitions())
				.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topic.retention().toMillis()))
				.build())
			.toList();
		NewTopic[] all = new NewTopic[topics.size() + 1];
		topics.toArray(all);
		all[topics.size()] = deadLetter;
		return new KafkaAdmin.NewTopics(all);
	}

}
