package com.qbobridge.mapping;

import com.qbobridge.testsupport.KafkaTestInfrastructure;

import org.springframework.boot.SpringApplication;

/**
 * Runs mapping-service locally against the test Kafka broker (a container when Docker runs, else an in-JVM KRaft
 * broker), without installing Kafka.
 */
public class TestMappingApplication {

	public static void main(String[] args) {
		SpringApplication.from(MappingApplication::main).with(KafkaTestInfrastructure.class).run(args);
	}

}
