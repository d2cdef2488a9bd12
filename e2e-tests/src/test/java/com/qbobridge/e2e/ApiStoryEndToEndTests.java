package com.qbobridge.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.qbobridge.testsupport.sandbox.QuickBooksSignIn;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The creditor's story through the public API, no browser: connect a QuickBooks company (through the sandbox's real
 * sign-in pages), import unpaid invoices due in a range (never the paid or out-of-range ones), fix the draft that
 * needs attention, create cases, and import the same range again: every invoice is reported as already a case and
 * no second case appears.
 */
class ApiStoryEndToEndTests {

	private static final Duration PIPELINE = Duration.ofMinutes(3);

	@Test
	void importedUnpaidInvoicesBecomeCasesExactlyOnce() {
		Pipeline pipeline = Pipeline.get();
		StoryCompany company = StoryCompany.create(pipeline.sandbox, "api-story@example.com", "API");
		ImportApi api = new ImportApi(pipeline.importServiceUrl(), Pipeline.APP_USER, Pipeline.APP_PASSWORD);

		String connectionId = connect(api, company);
		String firstImport = importRange(api, connectionId);

		JsonNode drafts = drafts(api, firstImport);
		assertThat(invoiceNumbers(drafts)).containsExactlyInAnyOrder(company.ready,
				company.missingPostalCode, company.partlyPaid);
		JsonNode partlyPaid = draft(drafts, company.partlyPaid);
		assertThat(partlyPaid.get("amount").decimalValue()).isEqualByComparingTo("750.00");
		assertThat(partlyPaid.get("status").asString()).isEqualTo("READY");
		JsonNode needsAttention = draft(drafts, company.missingPostalCode);
		assertThat(needsAttention.get("status").asString()).isEqualTo("NEEDS_ATTENTION");
		assertThat(needsAttention.get("violations")).extracting((violation) -> violation.get("field").asString())
			.contains("debtor.address.postalCode");

		JsonNode fixed = api.put("/api/imports/" + firstImport + "/drafts/" + needsAttention.get("draftId").asString(),
				withPostalCode(needsAttention.get("draft"), "78701"))
			.json();
		assertThat(fixed.get("status").asString()).isEqualTo("READY");

		List<String> draftIds = new ArrayList<>();
		drafts.forEach((draft) -> draftIds.add(draft.get("draftId").asString()));
		assertThat(api.post("/api/imports/" + firstImport + "/approvals", Map.of("draftIds", draftIds)).status())
			.isEqualTo(202);
		await().atMost(PIPELINE).untilAsserted(() -> assertThat(fates(api, firstImport)).containsOnly("CASE_CREATED")
			.hasSize(3));
		assertThat(cases(api, company)).containsExactlyInAnyOrder(company.ready, company.missingPostalCode,
				company.partlyPaid);

		String secondImport = importRange(api, connectionId);
		assertThat(drafts(api, secondImport)).isEmpty();
		assertThat(fates(api, secondImport)).containsExactly("ALREADY_A_CASE", "ALREADY_A_CASE", "ALREADY_A_CASE");
		assertThat(cases(api, company)).containsExactlyInAnyOrder(company.ready, company.missingPostalCode,
				company.partlyPaid);
	}

	private static String connect(ImportApi api, StoryCompany company) {
		ImportApi.Response started = api.post("/api/connections/quickbooks", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		URI completion = new QuickBooksSignIn().connect(started.json().get("authorizationUrl").asString(),
				company.username, company.password, company.realmId, true);
		// The script that started the flow completes it, with the cookie the start set (GH-15).
		URI back = api.redirectOf(completion);
		assertThat(back.getQuery()).startsWith("connected=");
		String connectionId = back.getQuery().substring("connected=".length());
		await().atMost(PIPELINE).untilAsserted(() -> {
			JsonNode connection = connections(api).stream()
				.filter((candidate) -> candidate.get("id").asString().equals(connectionId))
				.findFirst()
				.orElseThrow();
			assertThat(connection.get("state").asString()).isEqualTo("ACTIVE");
			assertThat(connection.get("companyName").asString()).isEqualTo("Story Supplies Inc");
		});
		return connectionId;
	}

	private static String importRange(ImportApi api, String connectionId) {
		ImportApi.Response started = api.post("/api/imports", Map.of("connectionId", connectionId, "dateField",
				"DUE_DATE", "from", StoryCompany.from().toString(), "to", StoryCompany.to().toString()));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		String importId = started.json().get("importId").asString();
		await().atMost(PIPELINE).untilAsserted(() -> {
			JsonNode job = api.get("/api/imports/" + importId).json();
			assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("READY");
			assertThat(job.get("percent").asInt()).isEqualTo(100);
		});
		return importId;
	}

	private static JsonNode drafts(ImportApi api, String importId) {
		JsonNode body = api.get("/api/imports/" + importId + "/drafts").json();
		return body.isArray() ? body : body.get("content");
	}

	private static List<JsonNode> connections(ImportApi api) {
		JsonNode body = api.get("/api/connections").json();
		JsonNode list = body.isArray() ? body : body.get("connections");
		return StreamSupport.stream(list.spliterator(), false).toList();
	}

	private static List<String> cases(ImportApi api, StoryCompany company) {
		JsonNode body = api.get("/api/cases?size=100").json();
		JsonNode content = body.isArray() ? body : body.get("content");
		return StreamSupport.stream(content.spliterator(), false)
			.map((item) -> item.get("creditorReference").asString())
			.filter((reference) -> reference.startsWith(company.prefix + "-"))
			.toList();
	}

	private static List<String> fates(ImportApi api, String importId) {
		return StreamSupport.stream(api.get("/api/imports/" + importId + "/report").json().spliterator(), false)
			.map((entry) -> entry.get("fate").asString())
			.toList();
	}

	private static List<String> invoiceNumbers(JsonNode drafts) {
		return StreamSupport.stream(drafts.spliterator(), false)
			.map((draft) -> draft.get("invoiceNumber").asString())
			.toList();
	}

	private static JsonNode draft(JsonNode drafts, String invoiceNumber) {
		return StreamSupport.stream(drafts.spliterator(), false)
			.filter((draft) -> invoiceNumber.equals(draft.get("invoiceNumber").asString()))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode withPostalCode(JsonNode draft, String postalCode) {
		ObjectNode fix = (ObjectNode) draft.deepCopy();
		((ObjectNode) fix.get("debtor").get("address")).put("postalCode", postalCode);
		return fix;
	}

}
