package com.qbobridge.connector;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.qbobridge.connector.invoices.FetchRunner;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InvoiceImportIntegrationTests extends ConnectorIntegrationTest {

	private static final int INVOICES = 10_000;

	private static Company large;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FetchRunner fetches;

	@Test
	void importsExactlyTheUnpaidInvoicesOnceWithTheirCustomers() {
		Company company = large();
		Set<String> unpaid = company.ids((invoice) -> true);
		assertThat(unpaid).hasSizeBetween(INVOICES / 5, INVOICES - 1);

		ImportRequested request = requestImport(company.account(), company.connectionId(), DateField.DUE_DATE, null,
				null);

		ImportCompleted completed = awaitCompleted(request);
		UUID importId = request.metadata().importId();
		assertThat(completed.succeeded()).isTrue();
		assertThat(completed.invoicesFetched()).isEqualTo(unpaid.size());
		List<ConnectorEvents.Received<InvoiceFetched>> received = events().receivedInvoicesOf(importId);
		List<InvoiceFetched> invoices = received.stream().map(ConnectorEvents.Received::event).toList();
		assertThat(invoices).hasSize(unpaid.size());
		assertThat(invoices).extracting((event) -> event.invoice().id()).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(unpaid);
		assertThat(invoices).allSatisfy((event) -> {
			assertThat(event.invoice().balance()).isPositive();
			assertThat(event.customer()).isNotNull();
			assertThat(event.customer().id()).isEqualTo(event.invoice().customerRef().value());
			assertThat(event.company().realmId()).isEqualTo(company.realmId());
			assertThat(event.company().homeCurrency()).isEqualTo("USD");
			assertThat(event.metadata().correlationId()).isEqualTo(request.metadata().correlationId());
		});
		assertThat(invoices).as("invoices of inactive customers are fetched too")
			.anySatisfy((event) -> assertThat(event.customer().active()).isFalse());
		assertThat(invoices).extracting(InvoiceFetched::sequence)
			.containsExactlyInAnyOrderElementsOf(sequence(unpaid.size()));
		assertThat(received).as("keyed by connection and invoice")
			.allSatisfy((record) -> assertThat(record.key())
				.isEqualTo(company.connectionId() + "/" + record.event().invoice().id()));
		assertThat(received.stream().map(ConnectorEvents.Received::partition).distinct().count())
			.as("one import spreads over partitions")
			.isGreaterThan(1);
		assertThat(received.get(0).headers()).containsEntry(EventHeaders.EVENT_TYPE, "InvoiceFetched")
			.doesNotContainKey("__TypeId__");
		// Progress and completion leave the outbox together, on different topics: wait for the last page's progress.
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().progressOf(importId)).last()
				.extracting(ImportProgressed::invoicesFetched)
				.isEqualTo((long) unpaid.size()));
		List<ImportProgressed> progress = events().progressOf(importId);
		assertThat(progress.get(0).invoicesFetched()).isZero();
		assertThat(progress).extracting(ImportProgressed::totalInvoices).containsOnly((long) unpaid.size());
		assertThat(progress.get(progress.size() - 1).invoicesFetched()).isEqualTo(unpaid.size());
		assertThat(progress.get(progress.size() - 1).pagesFetched()).isEqualTo(completed.pagesFetched())
			.isGreaterThanOrEqualTo((unpaid.size() + 999) / 1000);
		assertThat(this.jdbc.sql("select status from imports where import_id = ?")
			.param(importId)
			.query(String.class)
			.single()).isEqualTo("SUCCEEDED");
	}

	@Test
	void filtersOnInvoiceDateAndOnDueDateWithOpenBounds() {
		Company company = large();
		List<LocalDate> txnDates = company.unpaid().stream().map((invoice) -> date(invoice, "TxnDate")).sorted().toList();
		LocalDate txnFrom = txnDates.get(txnDates.size() / 3);
		LocalDate txnTo = txnDates.get(txnDates.size() / 2);
		List<LocalDate> dueDates = company.unpaid()
			.stream()
			.filter((invoice) -> invoice.hasNonNull("DueDate"))
			.map((invoice) -> date(invoice, "DueDate"))
			.sorted()
			.toList();
		LocalDate dueFrom = dueDates.get(dueDates.size() * 4 / 5);
		LocalDate dueTo = dueDates.get(dueDates.size() / 10);

		ImportRequested byInvoiceDate = requestImport(company.account(), company.connectionId(),
				DateField.INVOICE_DATE, txnFrom, txnTo);
		ImportRequested dueFromOnly = requestImport(company.account(), company.connectionId(), DateField.DUE_DATE,
				dueFrom, null);
		ImportRequested dueToOnly = requestImport(company.account(), company.connectionId(), DateField.DUE_DATE,
				null, dueTo);

		assertThat(idsOf(byInvoiceDate)).containsExactlyInAnyOrderElementsOf(company.ids((invoice) -> {
			LocalDate txn = date(invoice, "TxnDate");
			return !txn.isBefore(txnFrom) && !txn.isAfter(txnTo);
		})).isNotEmpty();
		assertThat(idsOf(dueFromOnly)).containsExactlyInAnyOrderElementsOf(company
			.ids((invoice) -> invoice.hasNonNull("DueDate") && !date(invoice, "DueDate").isBefore(dueFrom)))
			.isNotEmpty();
		assertThat(idsOf(dueToOnly)).containsExactlyInAnyOrderElementsOf(company
			.ids((invoice) -> invoice.hasNonNull("DueDate") && !date(invoice, "DueDate").isAfter(dueTo)))
			.isNotEmpty();
	}

	@Test
	void aRedeliveredRequestDoesNotFetchTwice() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Redelivered Co", 21, 5, 60);
		UUID connectionId = connect(account, realmId);
		ImportRequested request = requestImport(account, connectionId, DateField.DUE_DATE, null, null);
		send(request);
		ImportCompleted completed = awaitCompleted(request);
		send(request);
		ImportRequested sameImportNewEvent = new ImportRequested(
				new com.qbobridge.schemas.EventMetadata(UUID.randomUUID(), request.metadata().eventType(), 1,
						java.time.Instant.now(), account, connectionId, request.metadata().importId(),
						request.metadata().correlationId()),
				request.dateField(), null, null);
		send(sameImportNewEvent);
		ImportRequested marker = requestImport(account, connectionId, DateField.DUE_DATE, null, null);
		awaitCompleted(marker);

		assertThat(events().completedOf(request.metadata().importId())).hasSize(1);
		assertThat(events().invoicesOf(request.metadata().importId())).hasSize((int) completed.invoicesFetched());
		assertThat(this.jdbc.sql("select count(*) from imports where import_id = ?")
			.param(request.metadata().importId())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void sendsUnreadableRequestsToTheDeadLetterTopicWithTheReason() {
		String marker = UUID.randomUUID().toString();
		sendRaw("key-" + marker, "{\"not\": \"an import\", \"marker\": \"" + marker + "\"");
		String inverted = """
				{"metadata":{"eventId":"%s","eventType":"ImportRequested","eventVersion":1,
				"occurredAt":"2026-11-25T10:15:30Z","accountId":"acme","connectionId":"%s","importId":"%s",
				"correlationId":"%s"},"dateField":"DUE_DATE","from":"2026-05-02","to":"2026-05-01","marker":"%s-2"}
				""".formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), marker);
		sendRaw("key-" + marker, inverted);
		// A readable record is dead-lettered as read into its contract, so it is found by its event id.
		String noImportIdEventId = UUID.randomUUID().toString();
		String noImportId = """
				{"metadata":{"eventId":"%s","eventType":"ImportRequested","eventVersion":1,
				"occurredAt":"2026-11-25T10:15:30Z","accountId":"acme","connectionId":"%s",
				"correlationId":"%s"},"dateField":"DUE_DATE","marker":"%s-3"}
				""".formatted(noImportIdEventId, UUID.randomUUID(), UUID.randomUUID(), marker);
		sendRaw("key-" + marker, noImportId);

		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			List<ConnectorEvents.Received<String>> dead = new ArrayList<>(events().deadLettersWith(marker));
			dead.addAll(events().deadLettersWith(noImportIdEventId));
			assertThat(dead).hasSize(3);
			assertThat(dead).allSatisfy((record) -> assertThat(record.headers()).containsKey("dlt-reason")
				.containsKey("kafka_dlt-exception-message"));
			assertThat(dead).extracting((record) -> record.headers().get("dlt-reason"))
				.anySatisfy((reason) -> assertThat(reason).contains("from must not be after to"))
				.anySatisfy((reason) -> assertThat(reason).contains("importId"));
		});
	}

	@Test
	void failsAnImportOfAnotherAccountsConnectionAsNotFound() {
		Company company = large();
		ImportRequested request = requestImport("acct-intruder-" + UUID.randomUUID(), company.connectionId(),
				DateField.DUE_DATE, null, null);

		ImportCompleted completed = awaitCompleted(request);

		assertThat(completed.succeeded()).isFalse();
		assertThat(completed.failureReason())
			.isEqualTo(ImportFailureReason.CONNECTION_NOT_FOUND);
		assertThat(events().invoicesOf(request.metadata().importId())).isEmpty();
	}

	// An import taken on before requests were kept (no request to fetch again) is failed as before.
	@Test
	void reportsAnImportWhoseWorkerDiedAndThatCannotBeFetchedAgainAsFailedOnce() {
		UUID abandoned = UUID.randomUUID();
		UUID correlationId = UUID.randomUUID();
		UUID connectionId = UUID.randomUUID();
		this.jdbc.sql("""
				insert into imports (import_id, connection_id, account_id, requested_event_id, correlation_id, status,
				    pages_fetched, invoices_fetched, started_at, heartbeat_at)
				values (?, ?, 'acct-crashed', ?, ?, 'RUNNING', 3, 3000, now() - interval '2 hours',
				    now() - interval '1 hour')
				""").params(abandoned, connectionId, UUID.randomUUID(), correlationId).update();

		this.fetches.resumeAbandoned();
		this.fetches.resumeAbandoned();

		await().atMost(Duration.ofSeconds(60)).until(() -> !events().completedOf(abandoned).isEmpty());
		ImportCompleted completed = events().completedOf(abandoned).get(0);
		assertThat(completed.failureReason()).isEqualTo(ImportFailureReason.UNEXPECTED);
		assertThat(completed.detail()).contains("try again");
		assertThat(completed.pagesFetched()).isEqualTo(3);
		assertThat(completed.invoicesFetched()).isEqualTo(3000);
		assertThat(completed.metadata().correlationId()).isEqualTo(correlationId);
		assertThat(completed.metadata().connectionId()).isEqualTo(connectionId);
		assertThat(this.jdbc.sql("select status from imports where import_id = ?")
			.param(abandoned)
			.query(String.class)
			.single()).isEqualTo("FAILED");
		ImportRequested marker = requestImport("acct-crashed", connectionId, DateField.DUE_DATE, null, null);
		awaitCompleted(marker);
		assertThat(events().completedOf(abandoned)).hasSize(1);
	}

	private Set<String> idsOf(ImportRequested request) {
		ImportCompleted completed = awaitCompleted(request);
		assertThat(completed.succeeded()).isTrue();
		List<String> ids = events().invoicesOf(request.metadata().importId())
			.stream()
			.map((event) -> event.invoice().id())
			.toList();
		assertThat(ids).doesNotHaveDuplicates().hasSize((int) completed.invoicesFetched());
		return new HashSet<>(ids);
	}

	static ImportCompleted awaitCompleted(ImportRequested request) {
		UUID importId = request.metadata().importId();
		await().atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> !events().completedOf(importId).isEmpty());
		ImportCompleted completed = events().completedOf(importId).get(0);
		if (completed.succeeded()) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> events().invoicesOf(importId).size() >= completed.invoicesFetched());
		}
		return completed;
	}

	private static synchronized Company large() {
		if (large == null) {
			String account = "acct-" + UUID.randomUUID();
			String realmId = sandbox().createRealm("Ten Thousand Invoices Inc", 20, 250, INVOICES);
			List<JsonNode> unpaid = new ArrayList<>();
			for (JsonNode invoice : sandbox().invoices(realmId)) {
				if (invoice.get("Balance").decimalValue().compareTo(BigDecimal.ZERO) > 0) {
					unpaid.add(invoice);
				}
			}
			large = new Company(account, realmId, connect(account, realmId), unpaid);
		}
		return large;
	}

	private static LocalDate date(JsonNode invoice, String field) {
		return LocalDate.parse(invoice.get(field).asString());
	}

	private static List<Long> sequence(int count) {
		List<Long> sequence = new ArrayList<>(count);
		for (long i = 1; i <= count; i++) {
			sequence.add(i);
		}
		return sequence;
	}

	record Company(String account, String realmId, UUID connectionId, List<JsonNode> unpaid) {

		Set<String> ids(Predicate<JsonNode> filter) {
			Set<String> ids = new HashSet<>();
			for (JsonNode invoice : this.unpaid) {
				if (filter.test(invoice)) {
					ids.add(invoice.get("Id").asString());
				}
			}
			return ids;
		}

	}

}
