package com.qbobridge.cases.intake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How approvals are consumed and what happens when that fails. Approvals are read into this service's own type (no
 * type headers trusted) with the contract's JSON settings; a record that cannot be read arrives empty and goes to
 * {@code imports.case-draft-approved-dlt} without retries, the reason in the {@code kafka_dlt-exception-*} headers
 * and {@code dlt-reason}. A batch that fails as a whole (the database is down) is retried in place, the consumer
 * paused between attempts, with exponential back-off and no limit: an outage delays approvals, it never drops them.
 */
@Configuration(proxyBeanMethods = false)
class IntakeKafkaConfiguration {

	/** A short, human-readable reason on every dead-lettered record. */
	static final String DLT_REASON = "dlt-reason";

	@Bean
	ConsumerFactory<String, CaseDraftApproved> approvalConsumerFactory(KafkaProperties properties,
			ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
		Map<String, Object> config = properties.buildConsumerProperties();
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		JacksonJsonDeserializer<CaseDraftApproved> json = new JacksonJsonDeserializer<>(CaseDraftApproved.class,
				EventJson.mapper(), false)
			.ignoreTypeHeaders();
		DefaultKafkaConsumerFactory<String, CaseDraftApproved> factory = new DefaultKafkaConsumerFactory<>(config,
				new StringDeserializer(), new ErrorHandlingDeserializer<>(json));
		// Boot's customizers add the Micrometer listener, so the consumers' kafka_consumer_* metrics are published.
		customizers.orderedStream().forEach((customizer) -> customizer.customize(factory));
		return factory;
	}

	@Bean
	ProducerFactory<String, Object> deadLetterProducerFactory(KafkaProperties properties,
			ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
		Map<String, Object> config = properties.buildProducerProperties();
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		Map<Class<?>, Serializer<?>> serializers = new LinkedHashMap<>();
		serializers.put(byte[].class, new ByteArraySerializer());
		serializers.put(Object.class, new JacksonJsonSerializer<>(EventJson.mapper()).noTypeInfo());
		DefaultKafkaProducerFactory<String, Object> factory = new DefaultKafkaProducerFactory<>(config,
				new StringSerializer(), new DelegatingByTypeSerializer(serializers, true));
		customizers.orderedStream().forEach((customizer) -> customizer.customize(factory));
		return factory;
	}

	@Bean
	KafkaTemplate<String, Object> deadLetterTemplate(ProducerFactory<String, Object> deadLetterProducerFactory) {
		return new KafkaTemplate<>(deadLetterProducerFactory);
	}

	@Bean
	DefaultErrorHandler approvalErrorHandler(KafkaTemplate<String, Object> deadLetterTemplate,
			IntakeSettings settings) {
		// Partition -1: the producer picks one by key, so the dead-letter topic need not match the partition count.
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		recoverer.addHeadersFunction((record, ex) -> new RecordHeaders(new RecordHeader[] {
				new RecordHeader(DLT_REASON, reason(ex).getBytes(StandardCharsets.UTF_8)) }));
		ExponentialBackOff backOff = new ExponentialBackOff(settings.retryInitialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(settings.retryMaxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(ApprovalUnreadable.class);
		// An unreadable record stays unreadable: straight to the dead-letter topic.
		handler.setBackOffFunction((record, ex) -> (record.value() == null) ? new FixedBackOff(0, 0) : null);
		return handler;
	}

	@Bean
	ConcurrentKafkaListenerContainerFactory<String, CaseDraftApproved> kafkaListenerContainerFactory(
			ConsumerFactory<String, CaseDraftApproved> approvalConsumerFactory, DefaultErrorHandler approvalErrorHandler,
			IntakeSettings settings) {
		ConcurrentKafkaListenerContainerFactory<String, CaseDraftApproved> factory = new ConcurrentKafkaListenerContainerFactory<>();
		factory.setConsumerFactory(approvalConsumerFactory);
		factory.setBatchListener(true);
		factory.setConcurrency(settings.concurrency());
		factory.setCommonErrorHandler(approvalErrorHandler);
		factory.getContainerProperties().setAckMode(AckMode.BATCH);
		return factory;
	}

	private static String reason(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof ApprovalUnreadable)) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return (message.length() > 500) ? message.substring(0, 500) : message;
	}

}
