package com.qbobridge.imports;

import java.time.Duration;
import java.util.Map;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.awaitility.Awaitility;
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
	void consumesEachTopicInAGroupNamedAfterTheServiceAndListener() {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
			Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(admin.listGroups()
				.all()
				.get()
				.stream()
				.map(GroupListing::groupId)
				.filter((group) -> group.startsWith("import-service.")))
				.containsExactlyInAnyOrder("import-service.import-progressed", "import-service.import-completed",
						"import-service.connection-status-changed", "import-service.case-drafted",
						"import-service.case-created", "import-service.case-rejected",
						"import-service.invoice-not-drafted"));
		}
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
