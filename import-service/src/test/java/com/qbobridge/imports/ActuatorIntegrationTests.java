package com.qbobridge.imports;

import java.time.Duration;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.Users;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What deployments rely on: Prometheus metrics (Kafka client metrics included) and the probes answer without
 * credentials, readiness is made of the application's readiness and the database, health shows the broker, and
 * every other actuator endpoint is for operators only.
 */
@ImportServiceIntegrationTest
class ActuatorIntegrationTests {

	@Autowired
	RestTestClient client;

	@Test
	void servesPrometheusMetricsWithTheKafkaConsumersLagWithoutSignIn() {
		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			String metrics = this.client.get()
				.uri("/actuator/prometheus")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(metrics).contains("# TYPE kafka_consumer_fetch_manager_records_lag_max gauge")
				.containsPattern("kafka_consumer_fetch_manager_records_lag_max\\{[^}]*client_id=\"[^\"]+\"")
				.contains("http_server_requests_seconds", "jvm_memory_used_bytes");
		});
	}

	@Test
	void answersProbesWithoutSignIn() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components")
			.doesNotExist();
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void readinessIsTheApplicationsReadinessAndTheDatabase() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.headers(Users.OPERATOR)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.readinessState.status")
			.isEqualTo("UP")
			.jsonPath("$.components.db.status")
			.isEqualTo("UP")
			.jsonPath("$.components.diskSpace")
			.doesNotExist();
	}

	@Test
	void reportsTheBrokerInTheHealthDetailsForOperators() {
		this.client.get()
			.uri("/actuator/health")
			.headers(Users.OPERATOR)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.kafka.status")
			.isEqualTo("UP")
			.jsonPath("$.components.kafka.details.nodes")
			.isEqualTo(1)
			.jsonPath("$.components.db.status")
			.isEqualTo("UP");
	}

	@Test
	void keepsTheOtherEndpointsForOperators() {
		for (String endpoint : new String[] { "/actuator/metrics", "/actuator/info", "/actuator" }) {
			this.client.get().uri(endpoint).exchange().expectStatus().isUnauthorized();
			this.client.get().uri(endpoint).headers(Users.ACME).exchange().expectStatus().isForbidden();
			this.client.get().uri(endpoint).headers(Users.OPERATOR).exchange().expectStatus().isOk();
		}
		this.client.get()
			.uri("/actuator/metrics/kafka.consumer.fetch.manager.records.lag.max")
			.headers(Users.OPERATOR)
			.exchange()
			.expectStatus()
			.isOk();
	}

}
