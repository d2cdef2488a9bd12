package com.qbobridge.connector;

import java.net.http.HttpResponse;

import com.qbobridge.schemas.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorApplicationTests extends ConnectorIntegrationTest {

	@Test
	void startsAndReportsHealthUpWithTheQuickBooksCircuitBreakers() {
		HttpResponse<String> response = call("GET", "/actuator/health", null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = EventJson.mapper().readTree(response.body());
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/quickBooks/details/circuitBreakers").isObject()).isTrue();
		assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
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
