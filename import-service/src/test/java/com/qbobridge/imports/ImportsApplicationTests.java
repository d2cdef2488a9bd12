package com.qbobridge.imports;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service starts against real infrastructure, reports its health and documents its API.
 */
@ImportServiceIntegrationTest
class ImportsApplicationTests {

	@Autowired
	RestTestClient client;

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
	void documentsTheApiWithOpenApi() {
		String docs = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(docs).contains("\"/api/imports\"", "\"/api/imports/{importId}/approvals\"",
				"\"/api/imports/{importId}/drafts/{draftId}\"", "\"/api/imports/{importId}/report.csv\"",
				"\"/api/connections\"", "\"/api/cases\"");
		this.client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

}
