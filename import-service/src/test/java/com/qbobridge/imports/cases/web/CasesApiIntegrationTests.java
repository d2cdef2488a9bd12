package com.qbobridge.imports.cases.web;

import java.util.UUID;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.Users;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases API relays case-service's answers for the caller's account only, with a token for case-service.
 */
@ImportServiceIntegrationTest
class CasesApiIntegrationTests {

	@Autowired
	RestTestClient client;

	@Test
	void relaysTheAccountsCasesAndHidesOtherAccounts() {
		UUID caseId = UUID.randomUUID();
		RemoteServicesStub.get().addCase("acme", caseId, "1037");

		this.client.get()
			.uri("/api/cases?status=CREATED&createdFrom=2026-01-01&page=0&size=20")
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[?(@.caseId == '" + caseId + "')].creditorReference")
			.isEqualTo(java.util.List.of("1037"))
			.jsonPath("$.query")
			.isEqualTo("status=CREATED&createdFrom=2026-01-01&page=0&size=20");
		this.client.get().uri("/api/cases/{id}", caseId).headers(Users.ACME).exchange().expectStatus().isOk();
		this.client.get()
			.uri("/api/cases/{id}", caseId)
			.headers(Users.GLOBEX)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/case-not-found");
		assertThat(RemoteServicesStub.get().calls()).anySatisfy((call) -> {
			assertThat(call.path()).isEqualTo("/cases-service/cases/" + caseId);
			assertThat(call.claims().getAudience()).containsExactly("case-service");
			assertThat(call.claims().getClaim("account_id")).isEqualTo("globex");
		});
		this.client.get()
			.uri("/api/cases?size=100000")
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

}
