package com.qbobridge.imports.jobs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.qbobridge.imports.drafts.DraftState;
import com.qbobridge.imports.drafts.web.DraftView;

import com.qbobridge.imports.jobs.web.ImportView;
import com.qbobridge.imports.support.ApiCalls;
import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.KafkaRecords;
import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.imports.support.Users;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.schemas.mapping.CaseDraft;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imports API over real HTTP: input validation with field-level ProblemDetails, one running import per filter,
 * tenant isolation, and the {@code import-requested} event on the real broker.
 */
@ImportServiceIntegrationTest
class ImportApiIntegrationTests {

	@Autowired
	RestTestClient client;

	UUID connection;

	@BeforeEach
	void connectCompany() {
		this.connection = RemoteServicesStub.get().addConnection("acme", "Craig's Design and Landscaping", "ACTIVE");
	}

	@Test
	void startsAnImportAndAsksTheConnectorThroughKafka() {
		ImportView started = start(Users.ACME, Map.of("connectionId", this.connection, "dateField", "DUE_DATE",
				"from", "2026-01-01", "to", "2026-06-30"));

		assertThat(started.state()).isEqualTo(ImportState.REQUESTED);
		assertThat(started.percent()).isZero();
		ConsumerRecord<String, String> record = KafkaRecords.await(Topics.IMPORT_REQUESTED,
				(r) -> r.value().contains(started.importId().toString()), 1).get(0);
		ImportRequested requested = EventJson.mapper().readValue(record.value(), ImportRequested.class);
		assertThat(record.key()).isEqualTo(this.connection.toString());
		assertThat(requested.metadata().importId()).isEqualTo(started.importId());
		assertThat(requested.metadata().accountId()).isEqualTo("acme");
		assertThat(requested.dateField()).isEqualTo(DateField.DUE_DATE);
		assertThat(requested.from()).hasToString("2026-01-01");
		assertThat(requested.to()).hasToString("2026-06-30");
		assertThat(KafkaRecords.header(record, EventHeaders.EVENT_ID))
			.isEqualTo(requested.metadata().eventId().toString());
		assertThat(KafkaRecords.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("ImportRequested");
		assertThat(KafkaRecords.header(record, EventHeaders.CORRELATION_ID))
			.isEqualTo(requested.metadata().correlationId().toString());
		assertThat(record.headers().lastHeader("__TypeId__")).isNull();
		assertThat(RemoteServicesStub.get().calls()).anySatisfy((call) -> {
			assertThat(call.path()).isEqualTo("/connector/connections");
			assertThat(call.claims().getSubject()).isEqualTo("api@acme.test");
			assertThat(call.claims().getClaim("account_id")).isEqualTo("acme");
			assertThat(call.claims().getExpirationTime().getTime() - call.claims().getIssueTime().getTime())
				.isLessThanOrEqualTo(300_000);
		});
	}

	@Test
	void refusesASecondImportOfTheSameFilterWhileOneRuns() {
		Map<String, Object> filter = Map.of("connectionId", this.connection, "dateField", "INVOICE_DATE", "from",
				"2026-02-01", "to", "2026-02-28");
		ImportView first = start(Users.ACME, filter);

		this.client.post()
			.uri("/api/imports")
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(filter)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/import-already-running")
			.jsonPath("$.runningImportId")
			.isEqualTo(first.importId().toString())
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("already running"));

		ImportView other = start(Users.ACME, Map.of("connectionId", this.connection, "dateField", "DUE_DATE", "from",
				"2026-02-01", "to", "2026-02-28"));
		assertThat(other.importId()).isNotEqualTo(first.importId());
		this.client.post().uri("/api/imports/{id}/discard", first.importId()).headers(Users.ACME).exchange()
			.expectStatus().isOk();
		assertThat(start(Users.ACME, filter).importId()).isNotEqualTo(first.importId());
	}

	@Test
	void validatesTheRequestFieldByField() {
		this.client.post()
			.uri("/api/imports")
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("from", "2026-03-01", "to", "2026-02-01"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/invalid-request")
			.jsonPath("$.errors[?(@.field == 'connectionId')].message")
			.isEqualTo(List.of("must not be null"))
			.jsonPath("$.errors[?(@.field == 'dateField')].message")
			.isEqualTo(List.of("must not be null"));

		this.client.post()
			.uri("/api/imports")
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("connectionId", this.connection, "dateField", "DUE_DATE", "from", "2026-03-01", "to",
					"2026-02-01"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must not be before 'from' (2026-03-01)");

		expectFieldError(Map.of("connectionId", this.connection, "dateField", "DUE_DATE", "from", "2026-02-30"),
				"from", "must be a date like 2026-01-31");
		expectFieldError(Map.of("connectionId", "not-a-uuid", "dateField", "DUE_DATE"), "connectionId",
				"must be a UUID");
		expectFieldError(Map.of("connectionId", this.connection, "dateField", "PAID_DATE"), "dateField",
				"must be one of INVOICE_DATE, DUE_DATE");
		expectFieldError(Map.of("connectionId", this.connection, "dateField", "DUE_DATE", "from", "1850-01-01"),
				"from", "must be a day between 1980-01-01 and 2199-12-31");

		this.client.get()
			.uri("/api/imports/not-a-uuid")
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("importId")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be a UUID");
		UUID importId = start(Users.ACME, Map.of("connectionId", this.connection, "dateField", "DUE_DATE", "from",
				"2017-01-01", "to", "2017-12-31")).importId();
		this.client.post()
			.uri("/api/imports/{id}/approvals", importId)
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("draftIds", List.of()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("draftIds");
		this.client.put()
			.uri("/api/imports/{id}/drafts/{draft}", importId, UUID.randomUUID())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("caseDate", "14/03/2026"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("caseDate")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be a date like 2026-01-31");
		this.client.put()
			.uri("/api/imports/{id}/drafts/{draft}", importId, UUID.randomUUID())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("currency", "DOLLARS", "debtor", Map.of("address", Map.of("postalCode", "1"))))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("currency");
		this.client.put()
			.uri("/api/imports/{id}/drafts/{draft}", importId, UUID.randomUUID())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("currency", "USD"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/draft-not-found");
		this.client.get()
			.uri("/api/imports/{id}/drafts?status=paid", UUID.randomUUID())
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
	}

	@Test
	void refusesAFixNoCaseCanCarryBeforeAnyRuleRuns() {
		Map<String, Object> address = Map.of("lines", List.of("4581 Finch St."), "city", "c".repeat(101),
				"postalCode", "\u200B94326", "country", "US");
		this.client.put()
			.uri("/api/imports/{id}/drafts/{draft}", UUID.randomUUID(), UUID.randomUUID())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("creditorReference", "1037\u0000", "caseDate", "1899-12-31", "dueDate", "2200-01-01",
					"amountToRecover", new java.math.BigDecimal("1234567890123456"), "debtor",
					Map.of("name", "Acme\u202E", "phone", "+1 650 557 8463\t", "address", address)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/invalid-request")
			.jsonPath("$.errors[?(@.field == 'creditorReference')].message")
			.isEqualTo(List.of("must not contain control characters such as line breaks, tabs or NUL"))
			.jsonPath("$.errors[?(@.field == 'caseDate')].message")
			.isEqualTo(List.of("must be a day between 1900-01-01 and 2199-12-31"))
			.jsonPath("$.errors[?(@.field == 'dueDate')].message")
			.isEqualTo(List.of("must be a day between 1900-01-01 and 2199-12-31"))
			.jsonPath("$.errors[?(@.field == 'amountToRecover')].message")
			.isEqualTo(List.of("must have at most 15 digits before the decimal point and 3 after it"))
			.jsonPath("$.errors[?(@.field == 'debtor.name')].message")
			.isEqualTo(List.of(
					"must not contain invisible formatting characters such as zero-width or text-direction characters"))
			.jsonPath("$.errors[?(@.field == 'debtor.phone')].message")
			.isEqualTo(List.of("must not contain control characters such as line breaks, tabs or NUL"))
			.jsonPath("$.errors[?(@.field == 'debtor.address.city')].message")
			.isEqualTo(List.of("must be at most 100 characters"))
			.jsonPath("$.errors[?(@.field == 'debtor.address.postalCode')].message")
			.isEqualTo(List.of(
					"must not contain invisible formatting characters such as zero-width or text-direction characters"))
			.jsonPath("$.errors.length()")
			.isEqualTo(8);

		expectFixFieldError("{\"amountToRecover\": 10.0001}", "amountToRecover");
		expectFixFieldError("{\"currency\": \"KWD\", \"amountToRecover\": 1E+1000000}", "amountToRecover");
		expectFixFieldError("{\"amountToRecover\": -1E+1000000}", "amountToRecover");
		expectFixFieldError("{\"amountToRecover\": 1E-1000000}", "amountToRecover");
		expectFixFieldError("{\"creditorReference\": \"" + "9".repeat(1_000_000) + "\"}", "creditorReference");
		this.client.put()
			.uri("/api/imports/{id}/drafts/{draft}", UUID.randomUUID(), UUID.randomUUID())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"amountToRecover\": 1E+99999999999}")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void refusesAFixWhoseValuesHaveTheWrongJsonTypeInsteadOfConvertingThem() {
		UUID importId = start(Users.ACME, Map.of("connectionId", this.connection, "dateField", "DUE_DATE", "from",
				"2019-01-01", "to", "2019-12-31")).importId();
		Upstream upstream = Upstream.of("acme", this.connection, importId);
		CaseDraft draft = upstream.draftWithoutPostalCode("801", "8001", "Typed Foods", "300.00",
				LocalDate.of(2019, 5, 1));
		upstream.rejected(draft, 1);
		ApiCalls acme = new ApiCalls(this.client, Users.ACME);
		acme.awaitDrafts(importId, (drafts) -> drafts.size() == 1);

		// Each of these was read as 1970-01-13, "123" and "false", and the draft became READY.
		expectWrongType(importId, draft, (body) -> body.put("caseDate", 12), "caseDate",
				"must be a date like 2026-01-31");
		expectWrongType(importId, draft, (body) -> debtor(body).put("name", 123), "debtor.name", "must be text");
		expectWrongType(importId, draft, (body) -> debtor(body).put("email", false), "debtor.email", "must be text");
		assertThat(acme.drafts(importId, "")).singleElement()
			.extracting(DraftView::status)
			.isEqualTo(DraftState.NEEDS_ATTENTION);

		// The same fix with every value in its JSON type is accepted: only the types were wrong.
		DraftView fixed = this.client.put()
			.uri("/api/imports/{id}/drafts/{draft}", importId, draft.draftId())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(fixOf(draft))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(DraftView.class)
			.returnResult()
			.getResponseBody();
		assertThat(fixed.status()).isEqualTo(DraftState.READY);
	}

	private void expectWrongType(UUID importId, CaseDraft draft, Consumer<Map<String, Object>> change, String field,
			String message) {
		Map<String, Object> body = fixOf(draft);
		change.accept(body);
		this.client.put()
			.uri("/api/imports/{id}/drafts/{draft}", importId, draft.draftId())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/invalid-request")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.errors[0].message")
			.isEqualTo(message);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> debtor(Map<String, Object> body) {
		return (Map<String, Object>) body.get("debtor");
	}

	/** A fix that makes the draft ready, as the review page would send it (the amount as text). */
	private static Map<String, Object> fixOf(CaseDraft draft) {
		Map<String, Object> address = new HashMap<>(Map.of("lines", List.of("4581 Finch St."), "city", "Bayshore",
				"region", "CA", "postalCode", "94326", "country", "US"));
		Map<String, Object> debtor = new HashMap<>(Map.of("type", "COMPANY", "name", "Typed Foods", "email",
				"billing@example.com", "phone", "+16505578463", "address", address));
		return new HashMap<>(Map.of("creditorReference", draft.creditorReference(), "caseDate",
				draft.caseDate().toString(), "dueDate", draft.dueDate().toString(), "amountToRecover", "300.00",
				"currency", "USD", "jurisdiction", "US", "debtor", debtor));
	}

	/** A 400 naming the field, answered at once and in a few hundred bytes whatever the body held. */
	private void expectFixFieldError(String json, String field) {
		long start = System.nanoTime();
		byte[] answer = this.client.put()
			.uri("/api/imports/{id}/drafts/{draft}", UUID.randomUUID(), UUID.randomUUID())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/invalid-request")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.returnResult()
			.getResponseBody();

		assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(3));
		assertThat(answer).hasSizeLessThan(1_000);
	}

	@Test
	void answersNotFoundForAnotherAccountsImportsAndConnections() {
		ImportView acmeImport = start(Users.ACME,
				Map.of("connectionId", this.connection, "dateField", "DUE_DATE", "from", "2025-01-01"));
		UUID id = acmeImport.importId();

		for (String path : List.of("/api/imports/" + id, "/api/imports/" + id + "/drafts",
				"/api/imports/" + id + "/report", "/api/imports/" + id + "/report.csv", "/api/imports/" + id + "/events",
				"/api/imports/" + id + "/drafts/" + UUID.randomUUID())) {
			this.client.get()
				.uri(path)
				.headers(Users.GLOBEX)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://qbobridge.com/problems/import-not-found");
		}
		this.client.post().uri("/api/imports/{id}/discard", id).headers(Users.GLOBEX).exchange()
			.expectStatus().isNotFound();
		this.client.post().uri("/api/imports/{id}/retry", id).headers(Users.GLOBEX).exchange()
			.expectStatus().isNotFound();
		this.client.post()
			.uri("/api/imports/{id}/approvals", id)
			.headers(Users.GLOBEX)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("draftIds", List.of(UUID.randomUUID())))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.put()
			.uri("/api/imports/{id}/drafts/{draft}", id, UUID.randomUUID())
			.headers(Users.GLOBEX)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("currency", "USD"))
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(this.client.get().uri("/api/imports").headers(Users.GLOBEX).exchange()
			.expectStatus().isOk()
			.expectBody(ImportView[].class).returnResult().getResponseBody())
			.extracting(ImportView::importId).doesNotContain(id);

		// Another account's connection can be neither imported from nor disconnected.
		this.client.post()
			.uri("/api/imports")
			.headers(Users.GLOBEX)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("connectionId", this.connection, "dateField", "DUE_DATE"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/connection-not-found");
		this.client.delete().uri("/api/connections/{id}", this.connection).headers(Users.GLOBEX).exchange()
			.expectStatus().isNotFound();
		this.client.get().uri("/api/imports/{id}", id).headers(Users.ACME).exchange().expectStatus().isOk();
	}

	@Test
	void refusesToImportFromAConnectionThatMustBeReconnected() {
		UUID expired = RemoteServicesStub.get().addConnection("acme", "Expired Ltd", "NEEDS_RECONNECT");
		this.client.post()
			.uri("/api/imports")
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("connectionId", expired, "dateField", "DUE_DATE"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/connection-not-usable")
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("Reconnect required"));
	}

	@Test
	void answersUnauthenticatedApiCallsWithAProblem() {
		this.client.get()
			.uri("/api/imports")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/unauthenticated");
		this.client.get()
			.uri("/api/imports")
			.headers((headers) -> headers.setBasicAuth("api@acme.test", "wrong"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private void expectFieldError(Map<String, Object> body, String field, String message) {
		this.client.post()
			.uri("/api/imports")
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.errors[0].message")
			.isEqualTo(message);
	}

	private ImportView start(java.util.function.Consumer<org.springframework.http.HttpHeaders> user,
			Map<String, Object> body) {
		return this.client.post()
			.uri("/api/imports")
			.headers(user)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ImportView.class)
			.returnResult()
			.getResponseBody();
	}

}
