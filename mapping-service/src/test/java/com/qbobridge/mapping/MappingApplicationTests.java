package com.qbobridge.mapping;

import com.qbobridge.testsupport.KafkaTestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts on a real broker and answers what Kubernetes and Prometheus ask: health, the probes, metrics;
 * its drafting consumers run with the configured concurrency in the service's consumer group.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "pipeline.mapping.drafting.concurrency=2")
@AutoConfigureRestTestClient
@Import(KafkaTestInfrastructure.class)
class MappingApplicationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	HealthEndpointGroups healthGroups;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

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
	void isReadyAndAliveWithoutAskingTheBroker() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		// Nothing routes traffic to this service: a broker outage only pauses the consumers, it takes the pod out of
		// nothing and restarts nothing.
		assertThat(this.healthGroups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(this.healthGroups.get("liveness").isMember("livenessState")).isTrue();
		assertThat(this.healthGroups.get("readiness").isMember("kafka")).isFalse();
		assertThat(this.healthGroups.get("liveness").isMember("kafka")).isFalse();
	}

	@Test
	void draftsWithTheConfiguredNumberOfConsumers() {
		MessageListenerContainer drafting = this.listeners.getListenerContainer("mapping-drafting");

		assertThat(drafting).isInstanceOf(ConcurrentMessageListenerContainer.class);
		assertThat(((ConcurrentMessageListenerContainer<?, ?>) drafting).getConcurrency()).isEqualTo(2);
		assertThat(drafting.getGroupId()).isEqualTo("mapping-service");
	}

	@Test
	void servesPrometheusMetricsWithTheConsumerAndListenerMeters() {
		String scrape = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scrape).contains("kafka_consumer_", "kafka_consumer_fetch_manager_records_lag",
				"application_ready_time_seconds");
	}

}
