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

}
