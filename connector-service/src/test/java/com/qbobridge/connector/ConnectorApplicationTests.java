package com.qbobridge.connector;

import java.net.http.HttpResponse;

import com.qbobridge.schemas.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts and answers Kubernetes, Prometheus and operators: probes and the scrape without a token, the
 * details (realm ids) only with one.
 */
class ConnectorApplicationTests extends ConnectorIntegrationTest {

	@Autowired
	HealthEndpointGroups healthGroups;

	@Test
	void startsAndReportsHealthUpWithTheQuickBooksCircuitBreakersToServiceCallers() {
		HttpResponse<String> response = call("GET", "/actuator/health", "acme");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = EventJson.mapper().readTree(response.body());
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/quickBooks/details/circuitBreakers").isObject()).isTrue();
		assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
	}

	@Test
	void tellsAnonymousCallersTheStatusOnly() {
		HttpResponse<String> response = call("GET", "/actuator/health", null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = EventJson.mapper().readTree(response.body());
		assertThat(health.get("status").asString()).isEqualTo("UP");
		// Circuit breakers are named after realm ids, which are not for anonymous eyes.
		assertThat(health.has("components")).isFalse();
		assertThat(response.body()).doesNotContain("qbo-");
	}

	@Test
	void isReadyWithTheDatabaseWhateverQuickBooksDoes() {
		HttpResponse<String> readiness = call("GET", "/actuator/health/readiness", null);
		HttpResponse<String> liveness = call("GET", "/actuator/health/liveness", null);

		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(EventJson.mapper().readTree(readiness.body()).get("status").asString()).isEqualTo("UP");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(this.healthGroups.get("readiness").isMember("db")).isTrue();
		assertThat(this.healthGroups.get("readiness").isMember("quickBooks")).isFalse();
		assertThat(this.healthGroups.get("liveness").isMember("db")).isFalse();
		assertThat(this.healthGroups.get("liveness").isMember("quickBooks")).isFalse();
	}

	@Test
	void exposesTokenRefreshMetricsToPrometheus() {
		HttpResponse<String> response = call("GET", "/actuator/prometheus", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("qbo_oauth_refreshes_total")
			.contains("qbo_oauth_refreshes_max_concurrent_per_connection");
	}

	@Test
	void keepsMetricsDetailsForCallersWithAServiceToken() {
		assertThat(call("GET", "/actuator/metrics", null).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/actuator/metrics", "acme").statusCode()).isEqualTo(200);
	}

}
