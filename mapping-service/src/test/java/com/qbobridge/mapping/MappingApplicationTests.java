package com.qbobridge.mapping;

import com.qbobridge.testsupport.KafkaTestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts on a real broker and answers what Kubernetes and Prometheus ask: health, the probes, metrics.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(KafkaTestInfrastructure.class)
class MappingApplicationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	HealthEndpointGroups healthGroups;

	@Autowired
	HealthContributorRegistry healthContributors;

	@Test
	void startsAndReportsHealthUp() {
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
	void isReadyWithTheKafkaBinderUpAndAliveWithoutIt() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		assertThat(this.healthContributors.getContributor("binders")).isNotNull();
		// A broker outage takes the pod out of the Service but must not restart it.
		assertThat(this.healthGroups.get("readiness").isMember("binders")).isTrue();
		assertThat(this.healthGroups.get("liveness").isMember("binders")).isFalse();
	}

	@Test
	void servesPrometheusMetricsWithTheConsumerAndBinderMeters() {
		String scrape = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).contains("kafka_consumer_", "spring_cloud_stream_binder_kafka_offset",
				"application_ready_time_seconds");
	}

}
