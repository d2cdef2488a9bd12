package com.qbobridge.connector.invoices;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.qbobridge.connector.Companies;
import com.qbobridge.connector.ConnectorIntegrationTest;
import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;
import static org.awaitility.Awaitility.await;

/**
 * An import whose worker vanished mid-fetch (its instance was killed after some pages were published) is taken over
 * by the sweep and fetched again from the start: every unpaid invoice is published, those published before carry the
 * same event ids again (so every consumer skips them), and the completion counts each invoice once. A live worker
 * whose QuickBooks calls are slower than the lease is not taken over: its instance keeps renewing the lease. Real
 * qbo-sandbox over HTTP, real broker and PostgreSQL (GH-12).
 */
class ResumedImportIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	FetchRunner fetches;

	@Autowired
	Imports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ConnectionManagement connections;

	@Autowired
	QuickBooksAccess quickBooks;

	@Autowired
	EventPublisher events;

	@Autowired
	QuickBooksApiProperties settings;

	@Autowired
	ImportsProperties properties;

	@Test // GH-12
	void resumesAnImportWhoseWorkerVanishedMidFetchAndPublishesEveryInvoiceOnceMore() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = Companies.sandbox().createRealm("Vanished Worker Co", 1212, 12, 300);
		Connection connection = this.connections.find(Companies.connect(account, realmId)).orElseThrow();
		Set<String> unpaid = unpaidInvoiceIds(realmId);
		assertThat(unpaid).hasSizeGreaterThan(120);
		ImportRequested request = request(account, connection);
		UUID importId = request.metadata().importId();
		assertThat(this.imports.begin(request)).isTrue();

		// The first worker publishes three pages of 20 as the runner's own would, then its instance is killed.
		AtomicInteger pages = new AtomicInteger();
		Function<String, JsonNode> dyingAfterThreePages = (query) -> {
			if (pages.get() >= 3) {
				throw new IllegalStateException("kill -9");
			}
			return this.quickBooks.query(connection, query, request.metadata());
		};
		InvoiceImport first = new InvoiceImport(request, connection, dyingAfterThreePages, this.events,
				Duration.ofSeconds(30), oneRangeOf(20), (progress) -> {
					pages.set(progress.pagesFetched());
					assertThat(this.imports.heartbeat(importId, 1, progress.pagesFetched(), progress.invoicesFetched()))
						.isTrue();
				});
		assertThatRuntimeException().isThrownBy(first::run);
		long publishedBefore = first.published();
		assertThat(publishedBefore).isBetween(20L, (long) unpaid.size() - 1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> Companies.invoicesOf(importId).size() >= publishedBefore);
		Map<String, UUID> firstIds = eventIdsByInvoice(Companies.invoicesOf(importId));
		assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.RUNNING);

		silence(importId);
		this.fetches.resumeAbandoned();

		ImportCompleted completed = await().atMost(Duration.ofSeconds(90))
			.until(() -> Companies.completedOf(importId), (done) -> !done.isEmpty())
			.get(0);
		assertThat(completed.succeeded()).as(String.valueOf(completed.detail())).isTrue();
		assertThat(completed.invoicesFetched()).as("each invoice once").isEqualTo(unpaid.size());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> Companies.invoicesOf(importId).size() >= publishedBefore + unpaid.size());
		List<InvoiceFetched> published = Companies.invoicesOf(importId);
		assertThat(published).hasSize((int) publishedBefore + unpaid.size());
		assertThat(published).extracting((event) -> event.invoice().id())
			.containsOnlyElementsOf(unpaid)
			.containsAll(unpaid);
		Map<String, Set<UUID>> idsPerInvoice = published.stream()
			.collect(Collectors.groupingBy((event) -> event.invoice().id(),
					Collectors.mapping((event) -> event.metadata().eventId(), Collectors.toSet())));
		assertThat(idsPerInvoice).as("a re-published invoice keeps its event id")
			.allSatisfy((invoiceId, ids) -> assertThat(ids).hasSize(1));
		assertThat(firstIds).allSatisfy((invoiceId, eventId) -> assertThat(idsPerInvoice.get(invoiceId))
			.containsExactly(eventId));
		assertThat(this.imports.attemptOf(importId)).isEqualTo(2);
		assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.SUCCEEDED);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Companies.progressOf(importId))
			.extracting(ImportProgressed::invoicesFetched)
			.as("the resumed fetch's progress counts distinct invoices")
			.contains((long) unpaid.size())
			.allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(unpaid.size())));
		assertThat(Companies.completedOf(importId)).hasSize(1);
	}

	@Test // GH-12
	void aLiveWorkerWhoseCallsOutlastTheLeaseIsNotTakenOver() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = Companies.sandbox().createRealm("Slow Answers Co", 1213, 5, 20);
		Connection connection = this.connections.find(Companies.connect(account, realmId)).orElseThrow();
		Set<String> unpaid = unpaidInvoiceIds(realmId);
		ExecutorService workers = Executors.newSingleThreadExecutor();
		// Another instance of the connector, alive, whose worker waits seconds for every QuickBooks answer.
		FetchRunner live = new FetchRunner(this.imports, this.connections, this.quickBooks, this.events, this.outbox,
				this.transactions, this.settings, workers, this.properties);
		Companies.sandbox().faults(realmId, Map.of("latencyMillis", 3_000));
		try {
			ImportRequested request = request(account, connection);
			UUID importId = request.metadata().importId();
			live.on(request);
			// The count is answered; the worker now waits for its first page.
			await().atMost(Duration.ofSeconds(30)).until(() -> !Companies.progressOf(importId).isEmpty());

			silence(importId);
			live.keepAlive();
			this.fetches.resumeAbandoned();

			assertThat(this.imports.attemptOf(importId)).as("not taken over").isEqualTo(1);
			assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.RUNNING);
			ImportCompleted completed = await().atMost(Duration.ofSeconds(90))
				.until(() -> Companies.completedOf(importId), (done) -> !done.isEmpty())
				.get(0);
			assertThat(completed.succeeded()).isTrue();
			assertThat(completed.invoicesFetched()).isEqualTo(unpaid.size());
			assertThat(Companies.invoicesOf(importId)).extracting((event) -> event.invoice().id())
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(unpaid);
			assertThat(this.imports.attemptOf(importId)).isEqualTo(1);
		}
		finally {
			Companies.sandbox().faults(realmId, Map.of());
			workers.shutdown();
		}
	}

	private static ImportRequested request(String account, Connection connection) {
		return new ImportRequested(
				EventMetadata.first(ImportRequested.CONTRACT, account, connection.id(), UUID.randomUUID()),
				DateField.DUE_DATE, null, null);
	}

	private static Set<String> unpaidInvoiceIds(String realmId) {
		Set<String> unpaid = new HashSet<>();
		for (JsonNode invoice : Companies.sandbox().invoices(realmId)) {
			if (invoice.get("Balance").decimalValue().signum() > 0) {
				unpaid.add(invoice.get("Id").asString());
			}
		}
		return unpaid;
	}

	private static Map<String, UUID> eventIdsByInvoice(List<InvoiceFetched> published) {
		return published.stream()
			.collect(Collectors.toMap((event) -> event.invoice().id(), (event) -> event.metadata().eventId()));
	}

	/** Pages of {@code pageSize} walked one after the other, so that the first attempt stops between pages. */
	private QuickBooksApiProperties oneRangeOf(int pageSize) {
		return new QuickBooksApiProperties(this.settings.apiBaseUrl(), this.settings.minorVersion(), pageSize,
				this.settings.customerBatchSize(), this.settings.connectTimeout(), this.settings.readTimeout(), 1);
	}

	/** Makes an import look silent for longer than the lease. */
	private void silence(UUID importId) {
		Duration longAgo = this.properties.lease().multipliedBy(2);
		this.jdbc.sql("update imports set heartbeat_at = now() - make_interval(secs => ?) where import_id = ?")
			.params((double) longAgo.toSeconds(), importId)
			.update();
	}

}
