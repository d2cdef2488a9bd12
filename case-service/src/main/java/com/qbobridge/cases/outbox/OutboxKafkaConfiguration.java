package com.qbobridge.cases.outbox;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The producer the relay publishes with: payloads are already JSON text (written with the contract settings at
 * insert time), so plain strings go out, with no type headers, acknowledged by all in-sync replicas, idempotently
 * (no broker-side duplicates from producer retries, per-partition order kept).
 */
@Configuration(proxyBeanMethods = false)
class OutboxKafkaConfiguration {

	@Bean
	ProducerFactory<String, String> outboxProducerFactory(KafkaProperties properties,
			ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
		Map<String, Object> config = properties.buildProducerProperties();
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
		DefaultKafkaProducerFactory<String, String> factory = new DefaultKafkaProducerFactory<>(config,
				new StringSerializer(), new StringSerializer());
		// Boot's customizers add the Micrometer listener, so the producer's kafka_producer_* metrics are published.
		customizers.orderedStream().forEach((customizer) -> customizer.customize(factory));
		return factory;
	}

	@Bean
	KafkaTemplate<String, String> outboxTemplate(ProducerFactory<String, String> outboxProducerFactory) {
		return new KafkaTemplate<>(outboxProducerFactory);
	}

}
