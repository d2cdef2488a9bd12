package com.qbobridge.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.qbobridge.reliability.HostileInvoices.Kind;
import com.qbobridge.schemas.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 6: a company of hostile invoices (every {@link Kind}, many times over) and hostile fixes go through the
 * whole pipeline: each invoice ends as a draft or a fate, none that can never be a case becomes READY, every rejected
 * one says why, every hostile fix is refused with a 400 naming a field or leaves the draft needing attention, the
 * pages show markup escaped, and no service crashes or stalls. The 1 MB strings get their own company, so that the
 * known failure they cause does not hide the other findings.
 */
class HostileInvoicesIntegrationTests {

	private static final int INVOICES = HostileInvoices.KINDS.size() * Size.of(10, 50);

	@Test
	void everyHostileInvoiceAndFixEndsWithItsReasonsAndNothingStalls() {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, "HOSTILE", INVOICES,
				(i) -> HostileInvoices.invoice("HOSTILE", i));
		product.sandbox.plantEntities(company.realmId(), Map.of("Customer", HostileInvoices.customers()));
		ImportRun run = ImportRun.connect(product, company).start().awaitEnd();
		List<JsonNode> report = product.api.report(run.importId);

		Map<String, Integer> acceptedHostile = new TreeMap<>();
		int withoutReason = 0;
		for (JsonNode line : report) {
			int i = Integer.parseInt(line.path("invoiceId").asString()) - 1;
			Kind kind = HostileInvoices.kindOf(i);
			String fate = line.path("fate").asString();
			if (kind.mustNotBeReady && fate.equals("READY")) {
				acceptedHostile.merge(kind.name(), 1, Integer::sum);
			}
			if (fate.equals("NEEDS_ATTENTION") && line.path("detail").asString().isBlank()) {
				withoutReason++;
			}
		}
		String page = importPage(product, run.importId);
		boolean escaped = !page.contains(HostileInvoices.SCRIPT) && !page.contains("<img src=x onerror");
		Fixes fixes = run.ready() ? hostileFixes(product, run.importId) : new Fixes(0, 0, 0, List.of());
		if (run.ready()) {
			run.approveAllReady().awaitOutcomes();
		}
		List<String> dead = product.deadProcesses();
		StringBuilder note = new StringBuilder();
		if (!acceptedHostile.isEmpty() || withoutReason > 0 || !escaped || !fixes.bad().isEmpty() || !dead.isEmpty()) {
			note.append("FAIL: ");
		}
		note.append("hostile drafts READY ").append(acceptedHostile).append(", rejected without reason ")
			.append(withoutReason)
			.append(", page escapes markup ")
			.append(escaped)
			.append("; fixes: ")
			.append(fixes.sent())
			.append(" sent, ")
			.append(fixes.refused())
			.append(" refused 400, ")
			.append(fixes.needsAttention())
			.append(" left needing attention, bad ")
			.append(fixes.bad())
			.append("; dead processes ")
			.append(dead);
		note.append("; dead letters ").append(deadLetters(product));
		Results.Row row = run.row("hostile invoices (" + HostileInvoices.KINDS.size() + " kinds) and fixes",
				note.toString());
		Results.recordAndCheck(row);
		assertThat(acceptedHostile).isEmpty();
	}

	@Test
	void invoicesWithOneMegabyteStringsEndAsFatesWithoutFailingTheImport() {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, "HUGE", 30,
				(i) -> (i % 5 == 0) ? HostileInvoices.megabyteInvoice("HUGE", i) : TestCompany.invoice("HUGE", i));
		product.sandbox.plantEntities(company.realmId(), Map.of("Customer", HostileInvoices.customers()));
		ImportRun run = ImportRun.connect(product, company).start().awaitEnd();
		Results.recordAndCheck(run.row("invoices with 1 MB strings", "dead processes " + product.deadProcesses()));
	}

	@Test
	void invoicesMappingDeadLettersEndAsFates() {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, "NUL", 20,
				(i) -> (i % 2 == 0) ? HostileInvoices.invoice("NUL", i, Kind.NUL_IN_INVOICE_NUMBER)
						: TestCompany.invoice("NUL", i));
		ImportRun run = ImportRun.connect(product, company).start().awaitEnd();
		Results.recordAndCheck(run.row("invoice numbers with NUL",
				"dead letters " + deadLetters(product) + "; dead processes " + product.deadProcesses()));
	}

	/** Records in each dead-letter topic, as the Operations page shows them. */
	private static String deadLetters(Product product) {
		CreditorApi.Response lag = product.api.get("/api/ops/lag");
		if (lag.status() != 200) {
			return "unknown (" + lag.status() + ")";
		}
		Map<String, Long> letters = new TreeMap<>();
		lag.json().path("deadLetters").forEach((topic) -> letters.put(topic.path("topic").asString(),
				topic.path("records").asLong()));
		return letters.toString();
	}

	/** What the hostile fixes got back. */
	record Fixes(int sent, int refused, int needsAttention, List<String> bad) {
	}

	// The fix API reads its body strictly: a number is neither a date nor text.
	@Test
	void fixesWithNumbersForDatesAndTextAreRefused() {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, "COERCE", 4,
				(i) -> TestCompany.invoice("COERCE", i));
		ImportRun run = ImportRun.connect(product, company).start().awaitEnd();
		Fixes fixes = run.ready() ? hostileFixes(product, run.importId,
				new String[][] { { "caseDate", "12" }, { "dueDate", "20260101" }, { "debtor.name", "123" },
						{ "debtor.email", "false" } })
				: new Fixes(0, 0, 0, List.of("import not READY"));
		Results.recordAndCheck(run.row("fixes with numbers for dates and text",
				(fixes.bad().isEmpty() ? "" : "FAIL: ") + fixes.sent() + " sent, " + fixes.refused() + " refused 400, "
						+ fixes.needsAttention() + " left needing attention, bad " + fixes.bad()));
	}

	private static Fixes hostileFixes(Product product, String importId) {
		return hostileFixes(product, importId, null);
	}

	private static Fixes hostileFixes(Product product, String importId, String[][] chosen) {
		JsonNode page = product.api.get("/api/imports/" + importId + "/drafts?status=all&size=500").json();
		List<JsonNode> drafts = new ArrayList<>();
		page.path("content").forEach(drafts::add);
		String mega = "\"" + "F".repeat(1 << 20) + "\"";
		String[][] fixes = { { "amountToRecover", "\"abc\"" }, { "amountToRecover", "1E+1000000" },
				{ "amountToRecover", "-5" }, { "amountToRecover", "0" }, { "amountToRecover", "[1]" },
				{ "amountToRecover", "{}" }, { "caseDate", "\"0000-01-01\"" },
				{ "caseDate", "\"2026-13-45\"" }, { "dueDate", "\"9999-12-31\"" }, { "dueDate", "true" },
				{ "currency", "\"XXX\"" }, { "currency", "5" }, { "jurisdiction", "\"ZZ\"" },
				{ "debtor.name", "\"A\\u0000B\"" }, { "debtor.name", "\"\\u202Eevil\"" },
				{ "debtor.name", "\"x\\u200By\"" }, { "debtor.name", mega },
				{ "debtor.name", "null" }, { "debtor", "\"string\"" }, { "debtor", "[]" },
				{ "debtor.address.lines", "\"notarray\"" }, { "debtor.address.lines", "[1,[2]]" },
				{ "creditorReference", mega }, { "creditorReference", "\"\\u0000\"" }, { "", "not json" },
				{ "", "[]" }, { "", "null" } };
		if (chosen != null) {
			fixes = chosen;
		}
		int sent = 0;
		int refused = 0;
		int needsAttention = 0;
		List<String> bad = new ArrayList<>();
		for (int f = 0; f < fixes.length && f < drafts.size(); f++) {
			JsonNode draft = drafts.get(f);
			String body = fixBody(draft.path("draft"), fixes[f][0], fixes[f][1]);
			long started = System.nanoTime();
			CreditorApi.Response answer = product.api
				.putRaw("/api/imports/" + importId + "/drafts/" + draft.path("draftId").asString(), body);
			long millis = (System.nanoTime() - started) / 1_000_000;
			sent++;
			String what = fixes[f][0] + "=" + abbreviate(fixes[f][1]);
			if (answer.status() == 400) {
				refused++;
			}
			else if (answer.status() == 200 && "NEEDS_ATTENTION".equals(answer.json().path("status").asString())) {
				needsAttention++;
			}
			else {
				bad.add(what + " -> " + answer.status() + " " + abbreviate(answer.body()));
			}
			if (answer.body().length() > 64 * 1024 || millis > 5_000) {
				bad.add(what + " -> " + answer.body().length() + " chars in " + millis + " ms");
			}
		}
		return new Fixes(sent, refused, needsAttention, bad);
	}

	private static String fixBody(JsonNode draft, String field, String rawValue) {
		if (field.isEmpty()) {
			return rawValue;
		}
		ObjectNode copy = (ObjectNode) draft.deepCopy();
		String marker = "__HOSTILE__";
		String[] path = field.split("\\.");
		ObjectNode parent = copy;
		for (int p = 0; p < path.length - 1; p++) {
			JsonNode child = parent.path(path[p]);
			parent = (child instanceof ObjectNode object) ? object : parent.putObject(path[p]);
		}
		parent.put(path[path.length - 1], marker);
		return EventJson.mapper().writeValueAsString(copy).replace("\"" + marker + "\"", rawValue);
	}

	private static String abbreviate(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "...(" + text.length() + ")" : text;
	}

	/** The import's page as the creditor's browser gets it. */
	private static String importPage(Product product, String importId) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(product.processes.imports().baseUrl() + "/imports/" + importId))
					.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString((Product.USER + ":" + Product.PASSWORD).getBytes(StandardCharsets.UTF_8)))
					.timeout(Duration.ofSeconds(60))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("the import page").isEqualTo(200);
			return response.body();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
