package com.qbobridge.cases;

import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;
import com.qbobridge.testsupport.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts on PostgreSQL and Kafka and answers what Kubernetes and Prometheus ask without a token, while
 * the rest of the actuator stays behind one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { ServiceTokens.VERIFY_WITH_TEST_KEY,
				"pipeline.cases.intake.enabled=false", "pipeline.messaging.outbox.relay-enabled=false" })
@AutoConfigureRestTestClient
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class })
class CasesApplicationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	HealthEndpointGroups healthGroups;

	@Test
	void startsAndReportsHealthUpWithoutAToken() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void isReadyWithTheDatabaseAndAliveWithoutIt() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		// A database outage takes the pod out of the Service but must not restart it.
		assertThat(this.healthGroups.get("readiness").isMember("db")).isTrue();
		assertThat(this.healthGroups.get("liveness").isMember("db")).isFalse();
	}

	@Test
	void servesPrometheusMetricsWithoutAToken() {
		String scrape = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).contains("hikaricp_connections_active", "jvm_memory_used_bytes",
				"application_ready_time_seconds");
	}

	@Test
	void keepsTheOtherActuatorEndpointsBehindAToken() {
		this.client.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/actuator/metrics/jvm.memory.used").exchange().expectStatus().isUnauthorized();
		this.client.get().uri("/actuator").exchange().expectStatus().isUnauthorized();
	}

}
