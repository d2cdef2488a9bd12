package com.qbobridge.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points a test's Spring context at this run's real PostgreSQL database:
 * {@code @Import(PostgresTestInfrastructure.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestInfrastructure {

	@Bean
	DynamicPropertyRegistrar postgresProperties() {
		return (registry) -> {
			registry.add("spring.datasource.url", () -> TestPostgres.database().jdbcUrl());
			registry.add("spring.datasource.username", () -> TestPostgres.database().username());
			registry.add("spring.datasource.password", () -> TestPostgres.database().password());
		};
	}

}
