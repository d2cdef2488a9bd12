package com.qbobridge.imports.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.Users;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens (GH-15): created on the Settings page and shown once, stored as a hash, revocable; only requests
 * carrying one skip the CSRF check, and the API never asks a browser for Basic credentials.
 */
@ImportServiceIntegrationTest
class ApiTokensIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("id=\"created-token-value\">(qbo_pat_[A-Za-z0-9_-]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Test // GH-15
	@WithUserDetails("api@acme.test")
	void aTokenIsShownOnceStoredHashedWorksWithoutCsrfAndStopsWhenRevoked() throws Exception {
		String page = this.mvc.perform(post("/settings/tokens").param("name", "nightly script").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = TOKEN.matcher(page);
		assertThat(shown.find()).as(page).isTrue();
		String token = shown.group(1);

		String listing = this.mvc.perform(get("/settings")).andReturn().getResponse().getContentAsString();
		assertThat(listing).contains("nightly script").doesNotContain(token);
		assertThat(this.jdbc.sql("select count(*) from api_tokens where token_hash = ? or name = ?")
			.params(token, token)
			.query(Integer.class)
			.single()).as("only the hash is kept").isZero();

		this.client.post()
			.uri("/api/connections/quickbooks")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isCreated();

		String tokenId = this.jdbc.sql("select token_id::text from api_tokens where name = 'nightly script'")
			.query(String.class)
			.single();
		// The last use is kept to the minute: a second request at once reads the token without writing its row, one
		// after a minute moves it.
		java.sql.Timestamp firstUse = lastUse(tokenId);
		assertThat(firstUse).isNotNull();
		this.client.get().uri("/api/connections").headers((headers) -> headers.setBearerAuth(token)).exchange()
			.expectStatus().isOk();
		assertThat(lastUse(tokenId)).isEqualTo(firstUse);
		this.jdbc.sql("update api_tokens set last_used_at = last_used_at - interval '2 minutes' where token_id = ?::uuid")
			.param(tokenId).update();
		this.client.get().uri("/api/connections").headers((headers) -> headers.setBearerAuth(token)).exchange()
			.expectStatus().isOk();
		assertThat(lastUse(tokenId)).isAfter(firstUse);
		this.mvc.perform(post("/settings/tokens/{id}/revoke", tokenId).with(csrf()))
			.andExpect(status().isFound());
		this.client.get()
			.uri("/api/connections")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private java.sql.Timestamp lastUse(String tokenId) {
		return this.jdbc.sql("select last_used_at from api_tokens where token_id = ?::uuid")
			.param(tokenId)
			.query(java.sql.Timestamp.class)
			.single();
	}

	@Test // GH-15
	void onlyTokenRequestsSkipCsrfAndNoBrowserIsAskedForBasicCredentials() {
		this.client.post().uri("/api/connections/quickbooks").headers(Users.ACME).exchange().expectStatus().isCreated();
		this.client.get().uri("/api/connections").headers(Users.ACME_BASIC).exchange().expectStatus().isOk();
		this.client.post()
			.uri("/api/connections/quickbooks")
			.headers(Users.ACME_BASIC)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get()
			.uri("/api/connections")
			.header("Accept", "text/html")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.doesNotExist("WWW-Authenticate");
		this.client.get()
			.uri("/api/connections")
			.headers((headers) -> headers.setBasicAuth("api@acme.test", "wrong"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.doesNotExist("WWW-Authenticate");
	}

	@Test // GH-15
	@WithUserDetails("api@acme.test")
	void anUnknownTokenIsRefusedEvenWithASession() throws Exception {
		this.mvc.perform(post("/api/connections/quickbooks").header("Authorization", "Bearer qbo_pat_forged"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/connections/quickbooks").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/integrations").header("Authorization", "Bearer qbo_pat_forged"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/settings/tokens").param("name", "ci\u200Bscript").with(csrf()))
			.andExpect(status().isBadRequest());
	}

}
