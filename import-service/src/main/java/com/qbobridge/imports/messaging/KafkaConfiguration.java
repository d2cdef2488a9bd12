package com.qbobridge.imports.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topic;
import com.qbobridge.schemas.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.kafka.support.converter.StringJacksonJsonMessageConverter;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Topics this service writes and reads, JSON conversion into each listener's parameter type with the contract
 * settings, and dead letters with the reason in headers.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

	/** Header with the reason a record was dead-lettered, in words. */
	static final String DLT_REASON = "dlt-reason";

	private static final List<String> TOPICS = List.of(Topics.IMPORT_REQUESTED, Topics.CASE_DRAFT_APPROVED,
			Topics.IMPORT_PROGRESSED, Topics.IMPORT_COMPLETED, Topics.CONNECTION_STATUS_CHANGED, Topics.CASE_DRAFTED,
			Topics.CASE_CREATED, Topics.CASE_REJECTED);

	private static final List<String> CONSUMED = List.of(Topics.IMPORT_PROGRESSED, Topics.IMPORT_COMPLETED,
			Topics.CONNECTION_STATUS_CHANGED, Topics.CASE_DRAFTED, Topics.CASE_CREATED, Topics.CASE_REJECTED);

	@Bean
	KafkaAdmin.NewTopics importServiceTopics() {
		List<NewTopic> topics = new ArrayList<>();
		for (String name : TOPICS) {
			Topic topic = Topics.named(name).orElseThrow();
			NewTopic newTopic = new NewTopic(name, java.util.Optional.of(topic.partitions()), java.util.Optional.empty());
			newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
					topic.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE,
					TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topic.retention().toMillis())));
			topics.add(newTopic);
		}
		for (String name : CONSUMED) {
			Topic topic = Topics.named(name).orElseThrow();
			topics.add(new NewTopic(topic.deadLetterTopic(), java.util.Optional.of(topic.partitions()),
					java.util.Optional.empty()));
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	@Bean
	RecordMessageConverter eventMessageConverter() {
		return new StringJacksonJsonMessageConverter(EventJson.mapper());
	}

	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
				(record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		recoverer.setHeadersFunction((record, exception) -> {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
			String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
			return new RecordHeaders(
					List.of(new RecordHeader(DLT_REASON, reason.getBytes(StandardCharsets.UTF_8))));
		});
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, 2));
		handler.addNotRetryableExceptions(MalformedEvent.class, IllegalArgumentException.class,
				NullPointerException.class);
		return handler;
	}

}
