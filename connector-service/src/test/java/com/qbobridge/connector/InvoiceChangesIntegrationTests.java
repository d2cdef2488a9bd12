package com.qbobridge.connector;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.qbobridge.connector.changes.ChangeDataCapture;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.connector.InvoiceChange;
import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.SourceReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cases follow their invoices: payments, voids and deletes made in QuickBooks reach the connector as signed
 * webhooks (both of Intuit's formats) or through change data capture, and each new version of an invoice behind a
 * case is announced once as {@code InvoiceChanged}, however often it is reported. Real broker, real PostgreSQL,
 * qbo-sandbox over HTTP.
 */
class InvoiceChangesIntegrationTests extends ConnectorIntegrationTest {

	private static final String VERIFIER = "test-webhook-verifier-token";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ChangeDataCapture changeDataCapture;

	private String account;

	private String realm;

	private UUID connection;

	private List<JsonNode> unpaid;

	@BeforeEach
	void connectCompany() {
		sandbox().unsubscribeWebhooks();
		this.account = "acct-" + UUID.randomUUID();
		this.realm = sandbox().createRealm("Changes " + this.account, 17, 4, 30);
		this.connection = connect(this.account, this.realm);
		this.unpaid = new ArrayList<>();
		sandbox().invoices(this.realm).forEach((invoice) -> {
			if (invoice.get("Balance").decimalValue().compareTo(new BigDecimal("10")) > 0) {
				this.unpaid.add(invoice);
			}
		});
		assertThat(this.unpaid).hasSizeGreaterThanOrEqualTo(4);
	}

	@AfterAll
	static void stopWebhooks() {
		sandbox().unsubscribeWebhooks();
	}

	@Test
	void webhooksTurnPaymentsVoidsAndDeletesIntoOneInvoiceChangedEach() {
		sandbox().subscribeWebhooks(webhookUrl(), VERIFIER, "LEGACY");
		JsonNode partly = this.unpaid.get(0);
		JsonNode paid = this.unpaid.get(1);
		JsonNode voided = this.unpaid.get(2);
		JsonNode deleted = this.unpaid.get(3);
		String partlyInvoice = watch(partly);
		String paidInvoice = watch(paid);
		String voidedInvoice = watch(voided);
		String deletedInvoice = watch(deleted);

		sandbox().pay(this.realm, id(partly), BigDecimal.ONE);
		sandbox().pay(this.realm, id(paid), balance(paid));
		sandbox().voidInvoice(this.realm, id(voided));
		sandbox().deleteInvoice(this.realm, id(deleted));

		InvoiceChanged partlyChange = onlyChange(partlyInvoice);
		assertThat(partlyChange.change()).isEqualTo(InvoiceChange.PARTIALLY_PAID);
		assertThat(partlyChange.balance()).isEqualByComparingTo(balance(partly).subtract(BigDecimal.ONE));
		assertThat(partlyChange.detectedBy()).isEqualTo(InvoiceChanged.DetectedBy.WEBHOOK);
		assertThat(events().receivedChangesOf(this.realm, partlyInvoice).get(0).key())
			.isEqualTo(this.connection + "/" + partlyInvoice);
		assertThat(partlyChange.source().syncToken()).isNotEqualTo(partly.get("SyncToken").asString());
		assertThat(partlyChange.metadata().connectionId()).isEqualTo(this.connection);
		assertThat(partlyChange.metadata().accountId()).isEqualTo(this.account);
		assertThat(onlyChange(paidInvoice).change()).isEqualTo(InvoiceChange.PAID);
		assertThat(onlyChange(paidInvoice).balance()).isZero();
		assertThat(onlyChange(voidedInvoice).change()).isEqualTo(InvoiceChange.VOIDED);
		InvoiceChanged deletion = onlyChange(deletedInvoice);
		assertThat(deletion.change()).isEqualTo(InvoiceChange.DELETED);
		assertThat(deletion.balance()).isNull();

		// Change data capture then sees the same versions and announces nothing again.
		this.changeDataCapture.pollAll();
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.until(() -> changesOf(partlyInvoice).size() == 1 && changesOf(paidInvoice).size() == 1
					&& changesOf(voidedInvoice).size() == 1 && changesOf(deletedInvoice).size() == 1);
	}

	@Test
	void cloudEventsWebhooksAreReadToo() {
		sandbox().subscribeWebhooks(webhookUrl(), VERIFIER, "CLOUD_EVENTS");
		JsonNode invoice = this.unpaid.get(0);
		String invoiceId = watch(invoice);

		sandbox().pay(this.realm, id(invoice), balance(invoice));

		assertThat(onlyChange(invoiceId).change()).isEqualTo(InvoiceChange.PAID);
	}

	@Test
	void webhookCallsWithoutTheRightSignatureAreRefusedAndNothingIsStored() {
		JsonNode invoice = this.unpaid.get(0);
		watch(invoice);
		byte[] body = legacyNotice(id(invoice)).getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> unsigned = postWebhook(body, null);
		HttpResponse<String> wrong = postWebhook(body, sign(body, "not-the-verifier"));
		HttpResponse<String> tampered = postWebhook(legacyNotice("999999").getBytes(StandardCharsets.UTF_8),
				sign(body, VERIFIER));

		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(unsigned.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).contains("application/problem+json"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(tampered.statusCode()).isEqualTo(401);
		assertThat(noticesOf(this.realm)).isZero();

		HttpResponse<String> unreadable = postWebhook("not json".getBytes(StandardCharsets.UTF_8),
				sign("not json".getBytes(StandardCharsets.UTF_8), VERIFIER));
		assertThat(unreadable.statusCode()).isEqualTo(400);
		byte[] unwatched = legacyNotice("999999").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> dropped = postWebhook(unwatched, sign(unwatched, VERIFIER));
		assertThat(dropped.statusCode()).isEqualTo(200);
		assertThat(EventJson.mapper().readTree(dropped.body()).get("accepted").asInt()).isZero();
	}

	@Test
	void aRepeatedNoticeAnnouncesNothingNew() {
		JsonNode invoice = this.unpaid.get(0);
		String invoiceId = watch(invoice);
		sandbox().pay(this.realm, id(invoice), BigDecimal.ONE);
		byte[] notice = legacyNotice(id(invoice)).getBytes(StandardCharsets.UTF_8);

		assertThat(postWebhook(notice, sign(notice, VERIFIER)).statusCode()).isEqualTo(200);
		assertThat(onlyChange(invoiceId).change()).isEqualTo(InvoiceChange.PARTIALLY_PAID);
		assertThat(postWebhook(notice, sign(notice, VERIFIER)).statusCode()).isEqualTo(200);

		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.until(() -> noticesOf(this.realm) == 0 && changesOf(invoiceId).size() == 1);
	}

	@Test
	void changeDataCaptureFindsChangesWithoutWebhooksAndResumesFromItsCheckpoint() {
		JsonNode invoice = this.unpaid.get(0);
		String invoiceId = watch(invoice);
		Instant started = watchedSince();

		sandbox().pay(this.realm, id(invoice), BigDecimal.ONE);
		this.changeDataCapture.pollAll();
		InvoiceChanged first = onlyChange(invoiceId);
		assertThat(first.change()).isEqualTo(InvoiceChange.PARTIALLY_PAID);
		assertThat(checkpoint()).isAfter(started);

		this.changeDataCapture.pollAll();
		sandbox().pay(this.realm, id(invoice), BigDecimal.ONE);
		this.changeDataCapture.pollAll();

		await().atMost(Duration.ofSeconds(10)).until(() -> changesOf(invoiceId).size() == 2);
		InvoiceChanged second = changesOf(invoiceId).get(1);
		assertThat(first.detectedBy()).isEqualTo(InvoiceChanged.DetectedBy.CHANGE_DATA_CAPTURE);
		assertThat(second.balance()).isEqualByComparingTo(first.balance().subtract(BigDecimal.ONE));
	}

	@Test
	void aConnectionNotFollowedForMoreThanThirtyDaysIsCaughtUpByRereadingItsInvoices() {
		JsonNode invoice = this.unpaid.get(0);
		String invoiceId = watch(invoice);
		sandbox().pay(this.realm, id(invoice), balance(invoice));
		// Watched since 40 days and never polled: more than change data capture reaches back.
		this.jdbc.sql("update watched_invoices set watched_since = ? where connection_id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(40))), this.connection)
			.update();

		this.changeDataCapture.pollAll();

		InvoiceChanged change = onlyChange(invoiceId);
		assertThat(change.change()).isEqualTo(InvoiceChange.PAID);
		assertThat(change.detectedBy()).isEqualTo(InvoiceChanged.DetectedBy.REREAD);
	}

	/**
	 * Publishes a CaseCreated for the invoice as case-service does and waits until the connector watches it.
	 * @return the invoice id
	 */
	private String watch(JsonNode invoice) {
		UUID caseId = UUID.randomUUID();
		CaseCreated created = new CaseCreated(
				EventMetadata.first(CaseCreated.CONTRACT, this.account, this.connection, UUID.randomUUID()), caseId,
				UUID.randomUUID(),
				new SourceReference(SourceReference.QUICKBOOKS_ONLINE, this.realm, id(invoice),
						invoice.at("/CustomerRef/value").asString(), invoice.get("SyncToken").asString()),
				"INV-" + id(invoice), LocalDate.parse(invoice.get("TxnDate").asString()), LocalDate.now(),
				balance(invoice), invoice.get("TotalAmt").decimalValue(), "USD", "US", DebtorType.COMPANY, "Debtor",
				CaseStatus.CREATED);
		sendRaw(Topics.CASE_CREATED, created.metadata().partitionKey(),
				EventJson.mapper().writeValueAsString(created));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from watched_invoices where case_id = ?")
				.param(caseId)
				.query(Long.class)
				.single() == 1);
		return id(invoice);
	}

	private List<InvoiceChanged> changesOf(String invoiceId) {
		return events().changesOf(this.realm, invoiceId);
	}

	private InvoiceChanged onlyChange(String invoiceId) {
		await().atMost(Duration.ofSeconds(30)).until(() -> !changesOf(invoiceId).isEmpty());
		List<InvoiceChanged> changes = changesOf(invoiceId);
		assertThat(changes).hasSize(1);
		return changes.get(0);
	}

	private Instant checkpoint() {
		return this.jdbc.sql("select changed_since from change_checkpoints where connection_id = ?")
			.param(this.connection)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private Instant watchedSince() {
		return this.jdbc.sql("select min(watched_since) from watched_invoices where connection_id = ?")
			.param(this.connection)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private long noticesOf(String realmId) {
		return this.jdbc.sql("select count(*) from invoice_change_notices where realm_id = ?")
			.param(realmId)
			.query(Long.class)
			.single();
	}

	private String legacyNotice(String invoiceId) {
		return """
				{"eventNotifications":[{"realmId":"%s","dataChangeEvent":{"entities":[
				{"name":"Invoice","id":"%s","operation":"Update","lastUpdated":"2026-12-01T09:00:00-0800"}]}}]}"""
			.formatted(this.realm, invoiceId);
	}

	private static HttpResponse<String> postWebhook(byte[] body, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhookUrl()))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header("intuit-signature", signature);
		}
		return send(request);
	}

	private static String sign(byte[] body, String token) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String webhookUrl() {
		return "http://localhost:" + PORT + "/webhooks/quickbooks";
	}

	private static String id(JsonNode invoice) {
		return invoice.get("Id").asString();
	}

	private static BigDecimal balance(JsonNode invoice) {
		return invoice.get("Balance").decimalValue();
	}

}
