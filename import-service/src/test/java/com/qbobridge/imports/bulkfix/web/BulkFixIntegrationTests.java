package com.qbobridge.imports.bulkfix.web;

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
import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.Validation;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fix in bulk through the API and the Import page's plain forms: a group of drafts whose country is misspelt is
 * fixed at once, each draft re-validated by the pipeline's own rules (a draft with a second problem stays needing
 * attention), bad requests answer ProblemDetails naming the field, and undo puts every draft back as it was.
 */
@ImportServiceIntegrationTest
class BulkFixIntegrationTests {


	@Autowired
	RestTestClient client;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseDraftValidator validator;

	@Test
	void aGroupIsFixedRevalidatedByTheCaseRulesAndUndone() {
		Upstream upstream = importWith("Misspelt Mills", 2016);
		UUID importId = upstream.importId();

		JsonNode groups = json("/api/imports/" + importId + "/fix-groups");
		assertThat(groups).hasSize(2);
		assertThat(groups.get(0).get("code").asString()).isEqualTo("ADDRESS_COUNTRY_UNKNOWN");
		assertThat(groups.get(0).get("label").asString()).isEqualTo("Country not recognised");
		assertThat(groups.get(0).get("drafts").asLong()).isEqualTo(40);
		assertThat(groups.get(0).get("fixes")).extracting(JsonNode::asString)
			.containsExactly("SET_COUNTRY", "USE_CUSTOMER_ADDRESS");
		assertThat(groups.get(1).get("code").asString()).isEqualTo("ADDRESS_POSTAL_CODE_MISSING");
		assertThat(groups.get(1).get("drafts").asLong()).isEqualTo(5);
		assertThat(groups.get(1).get("fixes")).extracting(JsonNode::asString).containsExactly("USE_CUSTOMER_ADDRESS");
		Map<UUID, String> before = stored(importId);

		JsonNode fixed = this.client.post()
			.uri("/api/imports/{id}/bulk-fixes", importId)
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "ADDRESS_COUNTRY_UNKNOWN", "kind", "SET_COUNTRY", "value", "us"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		// 40 drafts changed; the 5 that also lack a postal code still need attention.
		assertThat(fixed.get("drafts").asLong()).isEqualTo(40);
		assertThat(fixed.get("ready").asLong()).isEqualTo(35);
		assertThat(count(importId, "READY")).isEqualTo(35 + 10);
		assertThat(count(importId, "NEEDS_ATTENTION")).isEqualTo(5);
		// Every draft the fix touched was judged by the pipeline's one validator, and its stored verdict is that one.
		this.jdbc.query("select draft, violations, status from drafts where import_id = ? and fixed", (rs) -> {
			CaseDraft draft = EventJson.mapper().readValue(rs.getString("draft"), CaseDraft.class);
			assertThat(draft.debtor().address().country()).isEqualTo("US");
			Validation verdict = this.validator.validate(draft);
			assertThat(EventJson.mapper().readTree(rs.getString("violations")))
				.isEqualTo(EventJson.mapper().valueToTree(verdict.violations()));
			assertThat(rs.getString("status")).isEqualTo(verdict.valid() ? "READY" : "NEEDS_ATTENTION");
		}, importId);
		assertThat(json("/api/imports/" + importId + "/fix-groups")).singleElement()
			.satisfies((group) -> assertThat(group.get("code").asString()).isEqualTo("ADDRESS_POSTAL_CODE_MISSING"));
		assertThat(this.jdbc.queryForObject("select count(*) from import_report where import_id = ? and fate = 'READY'",
				Long.class, importId))
			.isEqualTo(45);

		String fixId = fixed.get("fixId").asString();
		JsonNode undone = this.client.post()
			.uri("/api/imports/{id}/bulk-fixes/{fix}/undo", importId, fixId)
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(undone.get("drafts").asLong()).isEqualTo(40);
		assertThat(undone.get("ready").asLong()).isZero();
		assertThat(stored(importId)).isEqualTo(before);
		assertThat(json("/api/imports/" + importId + "/fix-groups").get(0).get("drafts").asLong()).isEqualTo(40);

		this.client.post()
			.uri("/api/imports/{id}/bulk-fixes/{fix}/undo", importId, fixId)
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Fix not found");
	}

	@Test
	void badFixesAnswerProblemDetailsNamingTheFieldAndChangeNothing() {
		Upstream upstream = importWith("Careful Crafts", 2015);
		UUID importId = upstream.importId();
		Map<UUID, String> before = stored(importId);

		problem(importId, Map.of("code", "ADDRESS_COUNTRY_UNKNOWN", "kind", "DROP_PHONE"), "kind",
				"this fix does not fit the reason");
		problem(importId, Map.of("code", "ADDRESS_COUNTRY_UNKNOWN", "kind", "SET_COUNTRY", "value", "USA"), "value",
				"must be a two-letter country code");
		problem(importId, Map.of("code", "ADDRESS_COUNTRY_UNKNOWN", "kind", "SET_COUNTRY"), "value",
				"must be a two-letter country code for this fix");
		problem(importId, Map.of("code", "ADDRESS_COUNTRY_UNKNOWN", "kind", "PAINT_IT"), "kind", "must be one of");
		problem(importId, Map.of("kind", "DROP_EMAIL"), "code", "must not be null");
		this.client.post()
			.uri("/api/imports/{id}/bulk-fixes", importId)
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Unreadable request");
		// Another account's import is not found, whatever the fix.
		this.client.post()
			.uri("/api/imports/{id}/bulk-fixes", importId)
			.headers(Users.GLOBEX)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "ADDRESS_COUNTRY_UNKNOWN", "kind", "SET_COUNTRY", "value", "US"))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get()
			.uri("/api/imports/{id}/fix-groups", importId)
			.headers(Users.GLOBEX)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.post()
			.uri("/api/imports/{id}/bulk-fixes/{fix}/undo", importId, UUID.randomUUID())
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(stored(importId)).isEqualTo(before);
	}

	@Test
	@WithUserDetails("api@acme.test")
	void theImportPageGroupsInWordsAndItsPlainFormsFixAndUndo() throws Exception {
		UUID importId = importWith("Form Post Freight", 2014).importId();

		this.mvc.perform(get("/imports/{id}", importId))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"bulk-fix\""),
					containsString(">40: Country not recognised<"), containsString(">5: Postal code missing<"),
					containsString("action=\"/imports/" + importId + "/bulk-fixes\""),
					containsString("name=\"_csrf\""), containsString("Set the debtor&#39;s country (40 drafts)"),
					not(containsString("debtor.address")))));

		MvcResult applied = this.mvc
			.perform(post("/imports/{id}/bulk-fixes", importId).with(csrf())
				.param("code", "ADDRESS_COUNTRY_UNKNOWN")
				.param("kind", "SET_COUNTRY")
				.param("value", "US"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/imports/" + importId + "#bulk-fix"))
			.andExpect(flash().attributeExists("bulkFix"))
			.andReturn();
		BulkFixOutcome outcome = (BulkFixOutcome) applied.getFlashMap().get("bulkFix");
		assertThat(outcome.message()).isEqualTo("Fixed 40 drafts (Country not recognised): 35 are ready now.");
		assertThat(count(importId, "READY")).isEqualTo(45);
		this.mvc.perform(get("/imports/{id}", importId).flashAttr("bulkFix", outcome))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Fixed 40 drafts (Country not recognised): 35 are ready now."),
					containsString("action=\"/imports/" + importId + "/bulk-fixes/" + outcome.fixId() + "/undo\""),
					not(containsString(">40: Country not recognised<")))));

		this.mvc.perform(post("/imports/{id}/bulk-fixes", importId).with(csrf())
			.param("code", "ADDRESS_COUNTRY_UNKNOWN")
			.param("kind", "SET_COUNTRY")
			.param("value", "U1"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("bulkFixProblem", "Type the country as its two-letter code, for example US."));
		this.mvc
			.perform(post("/imports/{id}/bulk-fixes/{fix}/undo", importId, outcome.fixId()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("bulkFix"));
		assertThat(count(importId, "READY")).isEqualTo(10);
		this.mvc
			.perform(post("/imports/{id}/bulk-fixes/{fix}/undo", importId, outcome.fixId()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("bulkFixProblem"));
		// Without the CSRF token a form post is refused.
		this.mvc.perform(post("/imports/{id}/bulk-fixes", importId).param("code", "ADDRESS_COUNTRY_UNKNOWN")
			.param("kind", "SET_COUNTRY")
			.param("value", "US")).andExpect(status().isForbidden());
		assertThat(count(importId, "READY")).isEqualTo(10);
	}

	@Test
	void theCustomersOneAddressOnItsReadyDraftsCompletesItsOtherDrafts() {
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Address Atelier", "ACTIVE");
		ImportView job = new ApiCalls(this.client, Users.ACME).start(connection, "DUE_DATE", "2013-01-01",
				"2013-12-31");
		Upstream upstream = Upstream.of("acme", connection, job.importId());
		PostalAddress finch = upstream.validDraft("x", "X", "X", "1.00", LocalDate.of(2013, 1, 1)).debtor().address();
		PostalAddress elm = new PostalAddress(List.of("22 Elm St"), "Austin", "TX", "78701", "US");
		List<CaseDraft> drafts = new ArrayList<>();
		int n = 0;
		// Customer 24: three ready drafts at Finch St, four without a postal code.
		for (int i = 0; i < 7; i++) {
			drafts.add(of(upstream, n++, "24", (i < 3) ? finch : withoutPostalCode(finch)));
		}
		// Customer 77: no ready draft. Customer 88: ready at two addresses, so which one is not known.
		drafts.add(of(upstream, n++, "77", withoutPostalCode(elm)));
		drafts.add(of(upstream, n++, "88", finch));
		drafts.add(of(upstream, n++, "88", elm));
		drafts.add(of(upstream, n++, "88", withoutPostalCode(elm)));
		List<SeededDrafts.Seed> seeds = drafts.stream().map((draft) -> {
			Validation verdict = this.validator.validate(draft);
			return new SeededDrafts.Seed(draft, verdict.violations(), verdict.warnings());
		}).toList();
		new SeededDrafts(this.jdbc, upstream).insert(seeds, 1);
		assertThat(count(job.importId(), "NEEDS_ATTENTION")).isEqualTo(6);

		JsonNode fixed = this.client.post()
			.uri("/api/imports/{id}/bulk-fixes", job.importId())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "ADDRESS_POSTAL_CODE_MISSING", "kind", "USE_CUSTOMER_ADDRESS"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(fixed.get("drafts").asLong()).isEqualTo(4);
		assertThat(fixed.get("ready").asLong()).isEqualTo(4);
		assertThat(count(job.importId(), "NEEDS_ATTENTION")).isEqualTo(2);
		this.jdbc.query("select draft from drafts where import_id = ? and fixed", (rs) -> {
			CaseDraft draft = EventJson.mapper().readValue(rs.getString("draft"), CaseDraft.class);
			assertThat(draft.source().customerId()).isEqualTo("24");
			assertThat(draft.debtor().address()).isEqualTo(finch);
		}, job.importId());

		this.client.post()
			.uri("/api/imports/{id}/bulk-fixes/{fix}/undo", job.importId(), fixed.get("fixId").asString())
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.drafts")
			.isEqualTo(4);
		assertThat(count(job.importId(), "NEEDS_ATTENTION")).isEqualTo(6);
	}

	private static CaseDraft of(Upstream upstream, int n, String customerId, PostalAddress address) {
		CaseDraft valid = upstream.validDraft("c" + n, "C-" + n, "Debtor " + customerId, "100.00",
				LocalDate.of(2013, 1, 1).plusDays(n));
		return new CaseDraft(valid.draftId(),
				new SourceReference(SourceReference.QUICKBOOKS_ONLINE, valid.source().realmId(),
						valid.source().invoiceId(), customerId, "0"),
				valid.creditorReference(), valid.caseDate(), valid.dueDate(), valid.amountToRecover(),
				valid.invoiceTotal(), valid.currency(), new Debtor(valid.debtor().type(), valid.debtor().name(),
						valid.debtor().email(), valid.debtor().phone(), address),
				valid.jurisdiction(), valid.openBalance());
	}

	private static PostalAddress withoutPostalCode(PostalAddress address) {
		return new PostalAddress(address.lines(), address.city(), address.region(), null, address.country());
	}

	/**
	 * An import of acme with 10 ready drafts, 35 whose country reads "Untied States", and 5 with that country and
	 * no postal code either.
	 */
	private Upstream importWith(String company, int year) {
		UUID connection = RemoteServicesStub.get().addConnection("acme", company, "ACTIVE");
		ImportView job = new ApiCalls(this.client, Users.ACME).start(connection, "DUE_DATE", year + "-01-01",
				year + "-12-31");
		Upstream upstream = Upstream.of("acme", connection, job.importId());
		List<SeededDrafts.Seed> seeds = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			CaseDraft draft = upstream.validDraft("b" + i, "B-" + i, "Debtor " + i, "100.00",
					LocalDate.of(year, 1, 1).plusDays(i));
			if (i >= 10) {
				PostalAddress address = draft.debtor().address();
				Debtor debtor = new Debtor(draft.debtor().type(), draft.debtor().name(), draft.debtor().email(),
						draft.debtor().phone(), new PostalAddress(address.lines(), address.city(), address.region(),
								(i >= 45) ? null : address.postalCode(), "Untied States"));
				draft = new CaseDraft(draft.draftId(), draft.source(), draft.creditorReference(), draft.caseDate(),
						draft.dueDate(), draft.amountToRecover(), draft.invoiceTotal(), draft.currency(), debtor,
						draft.jurisdiction(), draft.openBalance());
			}
			Validation verdict = this.validator.validate(draft);
			seeds.add(new SeededDrafts.Seed(draft, verdict.violations(), verdict.warnings()));
		}
		assertThat(seeds.stream()
			.filter((seed) -> seed.violations().stream().anyMatch((v) -> v.code().equals(Upstream.NO_POSTAL_CODE.code()))))
			.hasSize(5);
		new SeededDrafts(this.jdbc, upstream).insert(seeds, 1);
		return upstream;
	}

	private void problem(UUID importId, Map<String, Object> body, String field, String message) {
		JsonNode problem = this.client.post()
			.uri("/api/imports/{id}/bulk-fixes", importId)
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.get("type").asString()).isEqualTo("https://qbobridge.com/problems/invalid-request");
		assertThat(problem.get("errors")).anySatisfy((error) -> {
			assertThat(error.get("field").asString()).isEqualTo(field);
			assertThat(error.get("message").asString()).startsWith(message);
		});
	}

	private Map<UUID, String> stored(UUID importId) {
		Map<UUID, String> drafts = new java.util.HashMap<>();
		this.jdbc.query("select draft_id, status, draft, violations, warnings, fixed from drafts where import_id = ?",
				(rs) -> {
					drafts.put(rs.getObject("draft_id", UUID.class), rs.getString("status") + "|" + rs.getString("draft")
							+ "|" + rs.getString("violations") + "|" + rs.getString("warnings") + "|"
							+ rs.getBoolean("fixed"));
				}, importId);
		return drafts;
	}

	private long count(UUID importId, String status) {
		return this.jdbc.queryForObject("select count(*) from drafts where import_id = ? and status = ?", Long.class,
				importId, status);
	}

	private JsonNode json(String uri) {
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
