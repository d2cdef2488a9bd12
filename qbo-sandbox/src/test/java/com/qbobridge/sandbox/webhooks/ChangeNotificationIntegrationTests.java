package com.qbobridge.sandbox.webhooks;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.qbobridge.sandbox.SandboxIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Changes made through the admin API reach the app as Intuit sends them: as change data capture
 * ({@code /cdc}, deletes as {@code status: Deleted}, 30 days back at most) and as signed webhooks in both payload
 * formats, delivered again when the receiver does not answer 200 in time.
 */
class ChangeNotificationIntegrationTests extends SandboxIntegrationTestSupport {

	private static final String VERIFIER = "verifier-token-for-tests";

	private HttpServer receiver;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private volatile CountDownLatch hold = new CountDownLatch(0);

	private String realm;

	private Connection connection;

	private List<String> unpaid;

	@BeforeEach
	void startReceiver() throws Exception {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/webhooks", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.received.add(new Received(new String(body, StandardCharsets.UTF_8),
					exchange.getRequestHeaders().getFirst("intuit-signature"), body));
			try {
				this.hold.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			int status = (this.failuresLeft.getAndDecrement() > 0) ? 500 : 200;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.receiver.start();
		this.realm = createRealm(5, 40, 11);
		this.connection = connect(this.realm);
		this.unpaid = new ArrayList<>();
		body(get("/admin/realms/" + this.realm + "/invoices")).forEach((invoice) -> {
			if (invoice.get("Balance").decimalValue().signum() > 0) {
				this.unpaid.add(invoice.get("Id").asString());
			}
		});
		assertThat(this.unpaid).hasSizeGreaterThan(3);
		assertThat(delete("/admin/webhooks/deliveries").statusCode()).isEqualTo(204);
	}

	@AfterEach
	void stopReceiver() {
		this.hold.countDown();
		delete("/admin/webhooks");
		this.receiver.stop(0);
	}

	@Test
	void changeDataCaptureReturnsWhatChangedSinceAndDeletesAsStubs() {
		this.clock.advance(Duration.ofMinutes(5));
		String since = sinceNow();
		this.clock.advance(Duration.ofMinutes(1));
		String partlyPaid = this.unpaid.get(0);
		String voided = this.unpaid.get(1);
		String deleted = this.unpaid.get(2);
		JsonNode before = invoice(partlyPaid);
		assertThat(postJson(path(partlyPaid) + "/payments", Map.of("amount", "1.00")).statusCode()).isEqualTo(200);
		assertThat(postJson(path(voided) + "/void", Map.of()).statusCode()).isEqualTo(200);
		assertThat(delete(path(deleted)).statusCode()).isEqualTo(204);

		HttpResponse<String> cdc = api(this.realm, "/cdc?entities=Invoice&changedSince=" + enc(since),
				this.connection.accessToken());

		assertThat(cdc.statusCode()).as(cdc.body()).isEqualTo(200);
		JsonNode invoices = body(cdc).at("/CDCResponse/0/QueryResponse/0/Invoice");
		assertThat(invoices).hasSize(3);
		Map<String, JsonNode> byId = new java.util.HashMap<>();
		invoices.forEach((invoice) -> byId.put(invoice.get("Id").asString(), invoice));
		assertThat(byId.get(partlyPaid).get("Balance").decimalValue())
			.isEqualByComparingTo(before.get("Balance").decimalValue().subtract(java.math.BigDecimal.ONE));
		assertThat(byId.get(partlyPaid).get("SyncToken").asString()).isNotEqualTo(before.get("SyncToken").asString());
		assertThat(byId.get(voided).get("TotalAmt").decimalValue()).isZero();
		assertThat(byId.get(voided).get("PrivateNote").asString()).startsWith("Voided");
		assertThat(byId.get(deleted).get("status").asString()).isEqualTo("Deleted");
		assertThat(byId.get(deleted).has("Balance")).isFalse();
	}

	@Test
	void changeDataCaptureGoesBackThirtyDaysAtMost() {
		String tooOld = this.clock.instant().minus(Duration.ofDays(31)).atOffset(ZoneOffset.UTC).toString();
		HttpResponse<String> cdc = api(this.realm, "/cdc?entities=Invoice&changedSince=" + enc(tooOld),
				this.connection.accessToken());
		assertThat(cdc.statusCode()).isEqualTo(400);
		assertThat(cdc.body()).contains("ValidationFault").contains("30 days");
		assertThat(api(this.realm, "/cdc?entities=Invoice", this.connection.accessToken()).statusCode()).isEqualTo(400);
	}

	@Test
	void webhookInTheLegacyFormatIsSignedWithTheVerifierToken() {
		subscribe("LEGACY");
		String invoiceId = this.unpaid.get(0);
		postJson(path(invoiceId) + "/payments", Map.of("amount", "2.00"));

		await().atMost(Duration.ofSeconds(10)).until(() -> !this.received.isEmpty());
		Received notification = this.received.get(0);
		assertThat(notification.signature()).isEqualTo(WebhookPayloads.signature(notification.bytes(), VERIFIER));
		assertThat(notification.signature()).isNotEqualTo(WebhookPayloads.signature(notification.bytes(), "other"));
		JsonNode entity = json.readTree(notification.body()).at("/eventNotifications/0");
		assertThat(entity.get("realmId").asString()).isEqualTo(this.realm);
		JsonNode change = entity.at("/dataChangeEvent/entities/0");
		assertThat(change.get("name").asString()).isEqualTo("Invoice");
		assertThat(change.get("id").asString()).isEqualTo(invoiceId);
		assertThat(change.get("operation").asString()).isEqualTo("Update");
		assertThat(change.get("lastUpdated").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d{4}");
	}

	@Test
	void webhookAsCloudEventsNamesWhatHappened() {
		subscribe("CLOUD_EVENTS");
		String invoiceId = this.unpaid.get(1);
		postJson(path(invoiceId) + "/void", Map.of());

		await().atMost(Duration.ofSeconds(10)).until(() -> !this.received.isEmpty());
		JsonNode event = json.readTree(this.received.get(0).body()).get(0);
		assertThat(event.get("specversion").asString()).isEqualTo("1.0");
		assertThat(event.get("type").asString()).isEqualTo("qbo.invoice.voided.v1");
		assertThat(event.get("intuitentityid").asString()).isEqualTo(invoiceId);
		assertThat(event.get("intuitaccountid").asString()).isEqualTo(this.realm);
	}

	@Test
	void aReceiverThatFailsOrIsTooSlowGetsTheNotificationAgain() {
		subscribe("LEGACY");
		this.failuresLeft.set(1);
		this.hold = new CountDownLatch(1);
		postJson(path(this.unpaid.get(2)) + "/payments", Map.of("amount", "1.00"));

		// First attempt: held past the 3 s timeout. Second: answered 500. Third: 200.
		await().atMost(Duration.ofSeconds(20)).until(() -> deliveries().size() >= 1);
		this.hold.countDown();
		await().atMost(Duration.ofSeconds(30)).until(() -> deliveries().stream().anyMatch((d) -> d.get("status").asInt() == 200));
		List<JsonNode> attempts = deliveries();
		assertThat(attempts).extracting((d) -> d.get("notificationId").asString()).containsOnly(
				attempts.get(0).get("notificationId").asString());
		assertThat(attempts.get(0).get("status").asInt()).isZero();
		assertThat(attempts).extracting((d) -> d.get("attempt").asInt()).startsWith(1, 2);
		assertThat(this.received).hasSizeGreaterThanOrEqualTo(2);
		assertThat(this.received.get(1).body()).isEqualTo(this.received.get(0).body());
	}

	/** The attempts to this test's receiver (retries of earlier tests' notifications may still go elsewhere). */
	private List<JsonNode> deliveries() {
		List<JsonNode> all = new ArrayList<>();
		body(get("/admin/webhooks/deliveries")).forEach((delivery) -> {
			if (delivery.get("url").asString().equals(receiverUrl())) {
				all.add(delivery);
			}
		});
		return all;
	}

	private String receiverUrl() {
		return "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/webhooks";
	}

	private void subscribe(String format) {
		HttpResponse<String> response = putJson("/admin/webhooks",
				Map.of("url", receiverUrl(), "verifierToken", VERIFIER, "format", format));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private String sinceNow() {
		return Instant.now(this.clock).atOffset(ZoneOffset.UTC).withNano(0).toString();
	}

	private JsonNode invoice(String id) {
		return body(api(this.realm, "/invoice/" + id, this.connection.accessToken())).get("Invoice");
	}

	private String path(String invoiceId) {
		return "/admin/realms/" + this.realm + "/invoices/" + invoiceId;
	}

	record Received(String body, String signature, byte[] bytes) {
	}

}
