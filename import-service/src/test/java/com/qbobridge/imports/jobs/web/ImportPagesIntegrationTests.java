package com.qbobridge.imports.jobs.web;

import java.time.LocalDate;
import java.util.UUID;

import com.qbobridge.imports.support.ApiCalls;
import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.imports.support.Users;
import com.qbobridge.schemas.mapping.CaseDraft;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Bulk Import, import and Review pages render with the element ids the browser tests drive, for the signed-in
 * account only.
 */
@ImportServiceIntegrationTest
class ImportPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RestTestClient client;

	@Test
	@WithUserDetails("api@acme.test")
	void bulkImportPageOffersTheAccountsConnectionsAndListsItsImports() throws Exception {
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Pages Paper Co", "ACTIVE");
		UUID expired = RemoteServicesStub.get().addConnection("acme", "Stale Stationery", "NEEDS_RECONNECT");
		ImportView job = new ApiCalls(this.client, Users.ACME).start(connection, "DUE_DATE", "2021-01-01",
				"2021-12-31");

		this.mvc.perform(get("/imports").param("connection", connection.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-connection\""),
					containsString("<option value=\"" + connection + "\" selected=\"selected\">Pages Paper Co</option>"),
					containsString("Stale Stationery (Reconnect required)"), containsString(expired.toString()),
					containsString("id=\"import-date-field\""), containsString("id=\"import-from\""),
					containsString("id=\"import-to\""), containsString("id=\"start-import\""),
					containsString("data-import-id=\"" + job.importId() + "\""),
					containsString("id=\"open-import-" + job.importId() + "\""))));
		this.mvc.perform(get("/imports/{id}", job.importId()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"import-progress\""),
					containsString("data-state=\"REQUESTED\""), containsString("id=\"drafts-table\""),
					containsString("id=\"select-all-ready\""), containsString("id=\"review-selected\""),
					containsString("id=\"draft-filter\""), containsString("id=\"download-report\""),
					containsString("id=\"drafts-prev\""), containsString("id=\"drafts-next\""),
					containsString("id=\"drafts-page-info\""),
					containsString("/api/imports/" + job.importId() + "/report.csv"))));
	}

	@Test
	@WithUserDetails("api@acme.test")
	void reviewPageSummarisesTheSelectionInWords() throws Exception {
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Review Rentals", "ACTIVE");
		ApiCalls acme = new ApiCalls(this.client, Users.ACME);
		ImportView job = acme.start(connection, "DUE_DATE", "2020-01-01", "2020-12-31");
		Upstream upstream = Upstream.of("acme", connection, job.importId());
		CaseDraft draft = upstream.draftWithoutPostalCode("501", "5001", "Sierra & Sons", "812.40",
				LocalDate.of(2020, 6, 30));
		upstream.rejected(draft, 1);
		acme.awaitDrafts(job.importId(), (drafts) -> drafts.size() == 1);

		// A link naming drafts stores them as a selection; the page summarises it in words, never field paths.
		String location = this.mvc.perform(get("/imports/{id}/review", job.importId()).param("draft", draft.draftId().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/imports/" + job.importId() + "/review?selection=");
		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"review-summary\""),
					containsString("id=\"summary-ready\" data-count=\"0\""),
					containsString("id=\"summary-needs-attention\" data-count=\"1\""),
					containsString("id=\"group-ADDRESS_POSTAL_CODE_MISSING\""), containsString("1: Postal code missing"),
					containsString("id=\"create-cases\""), containsString("id=\"review-table\""),
					containsString("id=\"review-next\""), not(containsString("debtor.address.postalCode:")))));
		this.mvc.perform(get("/imports/{id}/review", job.importId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"review-empty\"")));
		this.mvc.perform(get("/imports/{id}/review", job.importId()).param("selection", UUID.randomUUID().toString()))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("api@globex.test")
	void anotherAccountsImportPageIsNotFound() throws Exception {
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Private Pantry", "ACTIVE");
		ImportView job = new ApiCalls(this.client, Users.ACME).start(connection, "DUE_DATE", "2019-01-01",
				"2019-12-31");
		this.mvc.perform(get("/imports/{id}", job.importId())).andExpect(status().isNotFound());
		this.client.get()
			.uri("/imports/{id}", job.importId())
			.headers(Users.GLOBEX)
			.accept(org.springframework.http.MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.value((html) -> org.assertj.core.api.Assertions.assertThat(html).contains("id=\"error-page\"")
				.doesNotContain("Private Pantry"));
		this.mvc.perform(get("/imports/{id}/review", job.importId())).andExpect(status().isNotFound());
		this.mvc.perform(get("/imports"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(job.importId().toString()))));
	}

}
