package com.qbobridge.mapping;

import java.util.Arrays;

import com.qbobridge.testsupport.TestKafka;

import org.springframework.boot.SpringApplication;

/**
 * Runs mapping-service locally against the test Kafka broker (a container when Docker runs, else an in-JVM KRaft
 * broker; {@code TEST_KAFKA_BOOTSTRAP_SERVERS} for an existing one), without installing Kafka.
 */
public class TestMappingApplication {

	public static void main(String[] args) {
		String[] withBroker = Arrays.copyOf(args, args.length + 1);
		withBroker[args.length] = "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers();
		SpringApplication.from(MappingApplication::main).run(withBroker);
	}

}
