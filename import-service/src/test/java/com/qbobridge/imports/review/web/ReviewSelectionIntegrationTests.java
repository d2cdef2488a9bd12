package com.qbobridge.imports.review.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.imports.jobs.web.ImportView;
import com.qbobridge.imports.support.ApiCalls;
import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.SeededDrafts;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.imports.support.Users;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review and submit at a real company's size: 10,000 drafts of one import, selected as "all ready except two",
 * summarised by the database, paged, filtered by warning, and submitted as one selection.
 */
@ImportServiceIntegrationTest
class ReviewSelectionIntegrationTests {

	static final FieldIssue PARTLY_PAID = new FieldIssue("AMOUNT_PARTIALLY_PAID", "amountToRecover",
			"The invoice was partly paid");


	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void tenThousandDraftsAreSummarisedPagedAndSubmittedAsOneSelection() {
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Ten Thousand Tools", "ACTIVE");
		ImportView job = new ApiCalls(this.client, Users.ACME).start(connection, "DUE_DATE", "2018-01-01",
				"2018-12-31");
		Upstream upstream = Upstream.of("acme", connection, job.importId());
		List<SeededDrafts.Seed> seeds = new ArrayList<>();
		List<UUID> ready = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			CaseDraft draft = upstream.validDraft("t" + i, "T-" + i, "Debtor " + i, (i % 3 == 0) ? "50.00" : "100.00",
					LocalDate.of(2018, 1, 1).plusDays(i % 300));
			if (i % 3 == 0) {
				draft = new CaseDraft(draft.draftId(), draft.source(), draft.creditorReference(), draft.caseDate(),
						draft.dueDate(), draft.amountToRecover(), draft.invoiceTotal(), "EUR", draft.debtor(), "US");
			}
			boolean attention = i % 10 == 9;
			seeds.add(new SeededDrafts.Seed(draft, attention ? List.of(Upstream.NO_POSTAL_CODE) : List.of(),
					(i % 10 == 1) ? List.of(PARTLY_PAID) : List.of()));
			if (!attention) {
				ready.add(draft.draftId());
			}
		}
		new SeededDrafts(this.jdbc, upstream).insert(seeds, 1);

		// Among more ids than one SQL statement can bind (65,535), ids of drafts that are not there.
		List<UUID> except = new ArrayList<>(ready.subList(0, 2));
		for (int i = 0; i < 70_000; i++) {
			except.add(UUID.randomUUID());
		}
		JsonNode selection = select(job.importId(), Map.of("allReady", true, "except", except));
		assertThat(selection.get("size").asLong()).isEqualTo(8_998);
		String base = "/api/imports/" + job.importId() + "/selections/" + selection.get("selectionId").asString();

		long started = System.nanoTime();
		JsonNode summary = get(base).get("summary");
		long summaryMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(summary.get("selected").asLong()).isEqualTo(8_998);
		assertThat(summary.get("ready").asLong()).isEqualTo(8_998);
		assertThat(summary.get("needsAttention").asLong()).isZero();
		// i % 3 == 0 are EUR 50.00, the rest USD 100.00; drafts 0 and 1 (EUR, USD) are left out, every 10th needs attention.
		JsonNode amounts = summary.get("amounts");
		assertThat(amounts).hasSize(2);
		assertThat(amounts.get(0).get("currency").asString()).isEqualTo("EUR");
		assertThat(amounts.get(0).get("cases").asLong()).isEqualTo(2_999);
		assertThat(new BigDecimal(amounts.get(0).get("total").asString())).isEqualByComparingTo("149950");
		assertThat(amounts.get(1).get("currency").asString()).isEqualTo("USD");
		assertThat(amounts.get(1).get("cases").asLong()).isEqualTo(5_999);
		assertThat(summary.get("earliestDue").asString()).isEqualTo("2018-01-01");
		assertThat(summary.get("warnings").get(0).get("code").asString()).isEqualTo("AMOUNT_PARTIALLY_PAID");
		assertThat(summary.get("warnings").get(0).get("label").asString()).isEqualTo("Partly paid");
		// Drafts 1, 11, 21, ... carry the warning; draft 1 was left out.
		assertThat(summary.get("warnings").get(0).get("drafts").asLong()).isEqualTo(999);

		JsonNode page = get(base + "/rows?page=2&size=25");
		assertThat(page.get("totalElements").asLong()).isEqualTo(8_998);
		assertThat(page.get("totalPages").asInt()).isEqualTo(360);
		assertThat(page.get("content")).hasSize(25);
		JsonNode warned = get(base + "/rows?code=AMOUNT_PARTIALLY_PAID&size=5");
		assertThat(warned.get("totalElements").asLong()).isEqualTo(999);
		assertThat(warned.get("content").get(0).get("issues").get(0).get("text").asString())
			.isEqualTo("Amount to recover: The invoice was partly paid");

		long submitStarted = System.nanoTime();
		JsonNode submitted = this.client.post()
			.uri(base + "/submission")
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		long submitMillis = (System.nanoTime() - submitStarted) / 1_000_000;
		assertThat(submitted.get("approved").asInt()).isEqualTo(8_998);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from drafts where import_id = ? and status = 'APPROVED'", Long.class, job.importId()))
			.isEqualTo(8_998);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from drafts where import_id = ? and status = 'READY'", Long.class, job.importId()))
			.isEqualTo(2);
		System.out.printf("review bench: summary of 8998 selected drafts %d ms, submit %d ms%n", summaryMillis,
				submitMillis);

		// Once only.
		this.client.post()
			.uri(base + "/submission")
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Nothing to submit");
	}

	@Test
	void aSelectionNamesItsDraftsOrAllReadyNotBothAndIsTheAccountsOwn() {
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Owned Outfitters", "ACTIVE");
		ImportView job = new ApiCalls(this.client, Users.ACME).start(connection, "DUE_DATE", "2017-01-01",
				"2017-12-31");
		Upstream upstream = Upstream.of("acme", connection, job.importId());
		CaseDraft ready = upstream.validDraft("o1", "O-1", "Oak & Co", "10.00", LocalDate.of(2017, 3, 1));
		CaseDraft blocked = upstream.validDraft("o2", "O-2", "Elm Ltd", "20.00", LocalDate.of(2017, 4, 1));
		new SeededDrafts(this.jdbc, upstream).insert(List.of(new SeededDrafts.Seed(ready, List.of(), List.of()),
				new SeededDrafts.Seed(blocked, List.of(Upstream.NO_POSTAL_CODE), List.of())), 1);

		this.client.post()
			.uri("/api/imports/{id}/selections", job.importId())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("allReady", true, "draftIds", List.of(ready.draftId())))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("draftIds");

		JsonNode selection = select(job.importId(), Map.of("draftIds", List.of(ready.draftId(), blocked.draftId())));
		String base = "/api/imports/" + job.importId() + "/selections/" + selection.get("selectionId").asString();
		JsonNode summary = get(base).get("summary");
		assertThat(summary.get("ready").asLong()).isEqualTo(1);
		assertThat(summary.get("needsAttention").asLong()).isEqualTo(1);
		assertThat(summary.get("violations").get(0).get("label").asString()).isEqualTo("Postal code missing");
		JsonNode attention = get(base + "/rows?status=NEEDS_ATTENTION");
		assertThat(attention.get("content")).singleElement()
			.satisfies((row) -> assertThat(row.get("debtorName").asString()).isEqualTo("Elm Ltd"));

		this.client.get().uri(base).headers(Users.GLOBEX).exchange().expectStatus().isNotFound();
		this.client.get()
			.uri("/api/imports/{id}/selections/{s}", job.importId(), UUID.randomUUID())
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Selection not found");
		this.client.get()
			.uri(base + "/rows?size=1000")
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	private JsonNode select(UUID importId, Map<String, Object> body) {
		return this.client.post()
			.uri("/api/imports/{id}/selections", importId)
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private JsonNode get(String uri) {
		return this.client.get()
			.uri(uri)
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
