package com.qbobridge.connector.messaging;

import java.nio.charset.StandardCharsets;

import com.qbobridge.schemas.Topics;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka wiring: the event publisher, and the error handler that retries a failed record briefly and then sends it
 * to {@code <topic>-dlt} with the reason in a {@value #REASON_HEADER} header (besides Spring Kafka's own exception
 * headers). Requests that cannot be read are not retried at all.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

	/** The header naming why a record was dead-lettered. */
	static final String REASON_HEADER = "dlt-reason";

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, String> kafka) {
		return new EventPublisher(kafka);
	}

	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
				(record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		recoverer.setHeadersFunction((record, failure) -> new RecordHeaders(new RecordHeader[] { new RecordHeader(
				REASON_HEADER, String.valueOf(rootMessage(failure)).getBytes(StandardCharsets.UTF_8)) }));
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(1000, 2));
		handler.addNotRetryableExceptions(UnreadableEvent.class);
		return handler;
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
