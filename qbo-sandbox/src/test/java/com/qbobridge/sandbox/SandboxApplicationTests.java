package com.qbobridge.sandbox;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox starts with its default dataset and answers health checks, the probes and the Prometheus scrape.
 */
class SandboxApplicationTests extends SandboxIntegrationTestSupport {

	@Test
	void startsAndReportsHealthUp() {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(body(health).get("status").asString()).isEqualTo("UP");
		assertThat(health.headers().firstValue("intuit_tid")).isPresent();
	}

	@Test
	void isReadyAndServesPrometheusMetricsWithoutCredentials() {
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(body(readiness).get("status").asString()).isEqualTo("UP");

		HttpResponse<String> scrape = get("/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("http_server_requests_seconds_count{", "jvm_memory_used_bytes",
				"application_ready_time_seconds");
	}

	@Test
	void startsWithTheDefaultUserAndItsTwoCompanies() {
		HttpResponse<String> realms = get("/admin/realms");
		assertThat(realms.statusCode()).isEqualTo(200);
		assertThat(realms.body()).contains("9341453050298611", "9341453050298612");
		assertThat(body(realms).findValues("multiCurrencyEnabled").stream().map((node) -> node.asBoolean()))
			.contains(true, false);
	}

}
