package com.qbobridge.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points a test's Spring context at the shared real Kafka broker: {@code @Import(KafkaTestInfrastructure.class)}.
 * Covers Spring Kafka and Spring Cloud Stream's Kafka binder.
 */
@TestConfiguration(proxyBeanMethods = false)
public class KafkaTestInfrastructure {

	@Bean
	DynamicPropertyRegistrar kafkaProperties() {
		return (registry) -> {
			registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
			registry.add("spring.cloud.stream.kafka.binder.brokers", TestKafka::bootstrapServers);
		};
	}

}
