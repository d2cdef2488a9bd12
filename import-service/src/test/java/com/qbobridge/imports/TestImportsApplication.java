package com.qbobridge.imports;

import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.RemoteServicesTestConfiguration;
import com.qbobridge.imports.support.TestUsers;
import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;

import org.springframework.boot.SpringApplication;

/**
 * Runs import-service on this machine without any other service: a real Kafka broker and PostgreSQL from
 * test-support, and the stand-in connector-service and case-service with one active connection for the local
 * account. Sign in as {@code creditor@example.com} / {@code password} at http://localhost:8080.
 */
public final class TestImportsApplication {

	private TestImportsApplication() {
	}

	public static void main(String[] args) {
		RemoteServicesStub.get().addConnection("acme", "Craig's Design and Landscaping", "ACTIVE");
		SpringApplication.from(ImportsApplication::main)
			.with(KafkaTestInfrastructure.class, PostgresTestInfrastructure.class,
					RemoteServicesTestConfiguration.class, TestUsers.class)
			.run(args);
	}

}
