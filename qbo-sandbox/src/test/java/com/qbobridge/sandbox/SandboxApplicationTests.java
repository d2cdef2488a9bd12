package com.qbobridge.sandbox;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox starts with its default dataset and answers health checks.
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
	void startsWithTheDefaultUserAndItsTwoCompanies() {
		HttpResponse<String> realms = get("/admin/realms");
		assertThat(realms.statusCode()).isEqualTo(200);
		assertThat(realms.body()).contains("9341453050298611", "9341453050298612");
		assertThat(body(realms).findValues("multiCurrencyEnabled").stream().map((node) -> node.asBoolean()))
			.contains(true, false);
	}

}
