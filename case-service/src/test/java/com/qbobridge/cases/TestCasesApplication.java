package com.qbobridge.cases;

import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;
import com.qbobridge.testsupport.ServiceTokens;

import org.springframework.boot.SpringApplication;

/**
 * Runs case-service locally on the test infrastructure (a broker and a fresh database, no installation needed), with
 * the test service-token secret, e.g. to try the API with tokens from {@link ServiceTokens}.
 */
public final class TestCasesApplication {

	private TestCasesApplication() {
	}

	public static void main(String[] args) {
		System.setProperty("pipeline.service-tokens.jwk-set", ServiceTokens.keys().jwkSet());
		SpringApplication.from(CasesApplication::main)
			.with(KafkaTestInfrastructure.class, PostgresTestInfrastructure.class)
			.run(args);
	}

}
