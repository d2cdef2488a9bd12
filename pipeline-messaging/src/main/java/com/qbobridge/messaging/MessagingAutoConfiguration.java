package com.qbobridge.messaging;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.qbobridge.messaging.consuming.ContractDeserializer;
import com.qbobridge.messaging.consuming.DeadLetters;
import com.qbobridge.messaging.consuming.Failures;
import com.qbobridge.messaging.consuming.ProcessedEvents;
import com.qbobridge.messaging.consuming.ProcessedEventsCleanup;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.messaging.outbox.OutboxRelay;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.messaging.topics.TopicDeclarations;
import com.qbobridge.schemas.EventJson;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The messaging backbone, the same in every service: the producer and {@link EventPublisher}, consumers that read
 * each topic into its contract's type, one {@link DefaultErrorHandler} that retries transient failures without limit
 * and dead-letters the rest in one format, topic declaration from the catalog and, where the service has a database,
 * the outbox with its relay and the processed-events table. Runs before Boot's Kafka auto-configuration, whose
 * listener container factory then uses this consumer factory and error handler.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class,
		afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

	/** The container factory name for batch listeners: {@code @KafkaListener(containerFactory = BATCH)}. */
	public static final String BATCH = "batchKafkaListenerContainerFactory";

	static {
		// Before any producer or consumer exists: they pick their lz4 implementation when they first need one.
		NativeLz4.load();
	}

	@Bean
	@ConditionalOnMissingBean(ProducerFactory.class)
	ProducerFactory<String, Object> kafkaProducerFactory(KafkaProperties properties,
			ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
		Map<String, Object> config = properties.buildProducerProperties();
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		// Batches of events leave together; set spring.kafka.producer.* to change these.
		config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
		config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 131072);
		config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		Map<Class<?>, Serializer<?>> serializers = new LinkedHashMap<>();
		serializers.put(byte[].class, new ByteArraySerializer());
		serializers.put(String.class, new StringSerializer());
		serializers.put(Object.class, new JacksonJsonSerializer<>(EventJson.mapper()).noTypeInfo());
		DefaultKafkaProducerFactory<String, Object> factory = new DefaultKafkaProducerFactory<>(config,
				new StringSerializer(), new DelegatingByTypeSerializer(serializers, true));
		// Boot's customizers add the Micrometer listener, so kafka_producer_* metrics are published.
		customizers.orderedStream().forEach((customizer) -> customizer.customize(factory));
		return factory;
	}

	@Bean
	@ConditionalOnMissingBean(KafkaTemplate.class)
	KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> kafkaProducerFactory) {
		return new KafkaTemplate<>(kafkaProducerFactory);
	}

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, Object> kafkaTemplate) {
		return new EventPublisher(kafkaTemplate);
	}

	@Bean
	DeadLetters deadLetters(KafkaTemplate<String, Object> kafkaTemplate) {
		return new DeadLetters(kafkaTemplate);
	}

	@Bean
	@ConditionalOnMissingBean(ConsumerFactory.class)
	ConsumerFactory<Object, Object> kafkaConsumerFactory(KafkaProperties properties,
			ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
		Map<String, Object> config = properties.buildConsumerProperties();
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
		config.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, ContractDeserializer.class);
		DefaultKafkaConsumerFactory<Object, Object> factory = new DefaultKafkaConsumerFactory<>(config);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(factory));
		return factory;
	}

	@Bean
	DefaultErrorHandler kafkaErrorHandler(DeadLetters deadLetters, MessagingProperties properties) {
		MessagingProperties.Consumer settings = properties.consumer();
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters,
				new FixedBackOff(settings.retryInitialInterval().toMillis(), settings.unknownFailureAttempts()));
		handler.setBackOffFunction((record, failure) -> switch (Failures.classify(failure)) {
			case TRANSIENT -> transientBackOff(settings);
			case PERMANENT -> new FixedBackOff(0, 0);
			case UNKNOWN -> null;
		});
		return handler;
	}

	private static ExponentialBackOff transientBackOff(MessagingProperties.Consumer settings) {
		// No attempt limit: an outage delays records, it never drops them.
		ExponentialBackOff backOff = new ExponentialBackOff(settings.retryInitialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(settings.retryMaxInterval().toMillis());
		return backOff;
	}

	@Bean(BATCH)
	ConcurrentKafkaListenerContainerFactory<Object, Object> batchKafkaListenerContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
			ConsumerFactory<Object, Object> kafkaConsumerFactory) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, kafkaConsumerFactory);
		factory.setBatchListener(true);
		return factory;
	}

	@Bean
	@ConditionalOnProperty(name = "pipeline.messaging.topics.declare", havingValue = "true", matchIfMissing = true)
	TopicDeclarations topicDeclarations(KafkaAdmin kafkaAdmin) {
		return new TopicDeclarations(kafkaAdmin);
	}

	/**
	 * The parts that need the service's database: the outbox, its relay and the processed-events table.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(DataSource.class)
	static class DatabaseConfiguration {

		@Bean
		@ConditionalOnMissingBean
		Clock clock() {
			return Clock.systemUTC();
		}

		@Bean
		OutboxRelay outboxRelay(DataSource dataSource, PlatformTransactionManager transactionManager,
				EventPublisher eventPublisher, ApplicationEventPublisher events, MessagingProperties properties) {
			return new OutboxRelay(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager),
					eventPublisher, events, properties.outbox());
		}

		@Bean
		Outbox outbox(DataSource dataSource, OutboxRelay outboxRelay, Clock clock) {
			return new Outbox(new JdbcTemplate(dataSource), outboxRelay, clock);
		}

		@Bean
		ProcessedEvents processedEvents(DataSource dataSource, Clock clock) {
			return new ProcessedEvents(JdbcClient.create(dataSource), clock);
		}

		@Bean
		ProcessedEventsCleanup processedEventsCleanup(ProcessedEvents processedEvents, MessagingProperties properties,
				Clock clock) {
			return new ProcessedEventsCleanup(processedEvents, properties.processedEvents(), clock);
		}

	}

}
