package com.qbobridge.imports.ops.web;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.Users;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only operators see the Operations page and its JSON: creditors get 403 from the API and "not found" for the page,
 * anonymous callers the usual 401 or sign-in page, and the header links the page for operators only.
 */
@ImportServiceIntegrationTest
class OpsAuthorizationIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	MockMvc mvc;

	@Test
	void operatorsGetTheLagReport() {
		this.client.get()
			.uri("/api/ops/lag")
			.headers(Users.OPERATOR)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.takenAt")
			.exists()
			.jsonPath("$.topics")
			.isArray()
			.jsonPath("$.deadLetters")
			.isArray()
			.jsonPath("$.missingTopics")
			.isArray()
			.jsonPath("$.rows")
			.doesNotExist();
	}

	@Test
	void creditorsWithoutTheOperatorRoleAreRefusedWithAProblem() {
		this.client.get()
			.uri("/api/ops/lag")
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/operator-role-required")
			.jsonPath("$.status")
			.isEqualTo(403);
	}

	@Test
	void creditorsWithoutTheOperatorRoleDoNotFindThePage() {
		String page = this.client.get()
			.uri("/ops")
			.headers(Users.ACME)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("id=\"error-page\"", "data-status=\"404\"").doesNotContain("ops-lag-table");
	}

	@Test
	void anonymousCallersMustSignIn() throws Exception {
		this.client.get()
			.uri("/api/ops/lag")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/unauthenticated");
		this.mvc.perform(get("/ops")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	@WithUserDetails("creditor@example.com")
	void theHeaderLinksTheOperationsPageForOperators() throws Exception {
		this.mvc.perform(get("/integrations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-ops\"")));
	}

	@Test
	@WithUserDetails("api@acme.test")
	void theHeaderHidesTheOperationsPageFromCreditors() throws Exception {
		this.mvc.perform(get("/integrations"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("nav-ops"))));
		this.mvc.perform(get("/ops")).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("api@acme.test")
	void aFormWithoutItsCsrfTokenIsStillForbiddenNotMissing() throws Exception {
		this.mvc.perform(post("/integrations/quickbooks/connect")).andExpect(status().isForbidden());
	}

}
