package com.qbobridge.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.testsupport.sandbox.QuickBooksSignIn;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cases follow their invoices across the whole product: the sandbox's signed webhooks and, with webhooks off, change
 * data capture alone bring payments, part-payments, voids and deletions made in QuickBooks to the cases, through a
 * connector restart; a forged webhook and a repeated one change nothing.
 */
class CasesFollowQuickBooksEndToEndTests {

	private static final Duration PIPELINE = Duration.ofMinutes(3);

	private static final String PREFIX = "CHG";

	@Test
	void paymentsVoidsAndDeletionsInQuickBooksReachTheirCasesByWebhookAndByChangeDataCapture() throws Exception {
		Pipeline pipeline = Pipeline.get();
		SandboxAdmin sandbox = pipeline.sandbox;
		String realm = company(sandbox);
		ImportApi api = new ImportApi(pipeline.importServiceUrl(), Pipeline.APP_USER, Pipeline.APP_PASSWORD);
		String connectorUrl = pipeline.product.connector().baseUrl();
		sandbox.subscribeWebhooks(connectorUrl + "/webhooks/quickbooks", pipeline.product.webhookVerifierToken(),
				"LEGACY");

		String connectionId = connect(api, realm);
		String importId = importAll(api, connectionId);
		List<String> draftIds = new ArrayList<>();
		api.get("/api/imports/" + importId + "/drafts").json()
			.path("content")
			.forEach((draft) -> draftIds.add(draft.get("draftId").asString()));
		assertThat(draftIds).hasSize(5);
		assertThat(api.post("/api/imports/" + importId + "/approvals", Map.of("draftIds", draftIds)).status())
			.isEqualTo(202);
		await().atMost(PIPELINE).untilAsserted(() -> assertThat(cases(api)).hasSize(5));

		// A forged notification (wrong signature) is refused before anything is read and deletes nothing.
		int forged = webhook(connectorUrl, deletion(realm, "204"), "not-the-verifier-token");
		assertThat(forged).isEqualTo(401);

		// Webhooks: paid in full, part-paid, voided.
		sandbox.pay(realm, "201", new BigDecimal("500.00"));
		sandbox.pay(realm, "202", new BigDecimal("120.00"));
		sandbox.voidInvoice(realm, "203");
		await().atMost(PIPELINE).untilAsserted(() -> {
			assertThat(byInvoice(api, "201").get("status").asString()).isEqualTo("PAID_TO_CREDITOR");
			assertThat(byInvoice(api, "202").get("amountToRecover").decimalValue()).isEqualByComparingTo("380.00");
			assertThat(byInvoice(api, "203").get("status").asString()).isEqualTo("ON_HOLD");
		});
		// A delivery Intuit repeats (here: the part-payment's, signed with the real token) applies nothing twice.
		assertThat(webhook(connectorUrl, update(realm, "202"), pipeline.product.webhookVerifierToken()))
			.isEqualTo(200);

		// The connector is redeployed and the app's webhooks are switched off: change data capture alone remains.
		pipeline.product.connector().close();
		pipeline.product.connector().restart();
		sandbox.unsubscribeWebhooks();
		sandbox.deleteInvoice(realm, "204");
		sandbox.pay(realm, "205", new BigDecimal("200.00"));
		await().atMost(PIPELINE).untilAsserted(() -> {
			assertThat(byInvoice(api, "204").get("status").asString()).isEqualTo("ON_HOLD");
			assertThat(byInvoice(api, "205").get("amountToRecover").decimalValue()).isEqualByComparingTo("300.00");
		});

		assertThat(history(api, "201")).extracting((entry) -> entry.get("change").asString())
			.containsExactly("PAID_TO_CREDITOR");
		assertThat(history(api, "202")).singleElement()
			.satisfies((entry) -> assertThat(entry.get("amountToRecover").decimalValue())
				.isEqualByComparingTo("380.00"));
		assertThat(history(api, "203")).hasSize(1);
		assertThat(history(api, "204")).hasSize(1);
		assertThat(history(api, "205")).singleElement()
			.satisfies((entry) -> assertThat(entry.get("previousAmount").decimalValue())
				.isEqualByComparingTo("500.00"));
		assertThat(cases(api)).hasSize(5);
	}

	private static String company(SandboxAdmin sandbox) {
		String realm = sandbox.createEmptyRealm("Changing Books Ltd", "US", "USD");
		LocalDate today = LocalDate.now();
		List<Object> invoices = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			invoices.add(StoryCompany.invoice("20" + i, PREFIX + "-200" + i, "1", today.minusDays(60),
					today.minusDays(30), "500.00", "500.00"));
		}
		sandbox.loadEntities(realm, Map.of("Customer", List.of(StoryCompany.customer("1", "Acme Hardware Inc",
				"Acme Hardware Inc", StoryCompany.address("100 Market St", "San Francisco", "CA", "94105", "USA"))),
				"Invoice", invoices));
		sandbox.createUser("changes@example.com", "sandbox-e2e", List.of(realm));
		return realm;
	}

	private static String connect(ImportApi api, String realm) {
		ImportApi.Response started = api.post("/api/connections/quickbooks", Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		URI completion = new QuickBooksSignIn().connect(started.json().get("authorizationUrl").asString(),
				"changes@example.com", "sandbox-e2e", realm, true);
		// The script that started the flow completes it, with the cookie the start set.
		URI back = api.redirectOf(completion);
		assertThat(back.getQuery()).startsWith("connected=");
		return back.getQuery().substring("connected=".length());
	}

	private static String importAll(ImportApi api, String connectionId) {
		ImportApi.Response started = api.post("/api/imports", Map.of("connectionId", connectionId, "dateField",
				"DUE_DATE", "from", StoryCompany.from().toString(), "to", StoryCompany.to().toString()));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		String importId = started.json().get("importId").asString();
		await().atMost(PIPELINE).untilAsserted(() -> assertThat(api.get("/api/imports/" + importId).json()
			.get("state")
			.asString()).isEqualTo("READY"));
		return importId;
	}

	private static List<JsonNode> cases(ImportApi api) {
		return StreamSupport.stream(api.get("/api/cases?size=100&q=" + PREFIX).json().path("content").spliterator(),
				false)
			.filter((item) -> item.get("creditorReference").asString().startsWith(PREFIX + "-"))
			.toList();
	}

	private static JsonNode byInvoice(ImportApi api, String invoiceId) {
		return cases(api).stream()
			.filter((item) -> invoiceId.equals(item.path("source").path("invoiceId").asString()))
			.findFirst()
			.orElseThrow();
	}

	private static List<JsonNode> history(ImportApi api, String invoiceId) {
		JsonNode details = api.get("/api/cases/" + byInvoice(api, invoiceId).get("id").asString()).json();
		return StreamSupport.stream(details.path("history").spliterator(), false).toList();
	}

	private static Map<String, Object> deletion(String realm, String invoiceId) {
		return notification(realm, invoiceId, "Delete");
	}

	private static Map<String, Object> update(String realm, String invoiceId) {
		return notification(realm, invoiceId, "Update");
	}

	private static Map<String, Object> notification(String realm, String invoiceId, String operation) {
		String now = OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ"));
		return Map.of("eventNotifications", List.of(Map.of("realmId", realm, "dataChangeEvent", Map.of("entities",
				List.of(Map.of("name", "Invoice", "id", invoiceId, "operation", operation, "lastUpdated", now))))));
	}

	/** Posts a notification as Intuit does, signed with the given key; answers the HTTP status. */
	private static int webhook(String connectorUrl, Object payload, String key)
			throws IOException, InterruptedException, GeneralSecurityException {
		byte[] body = EventJson.mapper().writeValueAsBytes(payload);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(connectorUrl + "/webhooks/quickbooks"))
			.header("Content-Type", "application/json")
			.header("intuit-signature", Base64.getEncoder().encodeToString(mac.doFinal(body)))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
