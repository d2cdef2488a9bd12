package com.qbobridge.connector.invoices;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.qbobridge.connector.Companies;
import com.qbobridge.connector.ConnectorIntegrationTest;
import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A debtor paying invoices while their company is imported must not make the import skip an invoice that stays
 * unpaid: the import runs against the sandbox over HTTP with pages of five, and after QuickBooks answered the first
 * page, that page's invoices are paid in full before the second page is asked for. Paging by position would then
 * start the second page five invoices too late.
 */
class PaymentsDuringImportIntegrationTests extends ConnectorIntegrationTest {

	private static final int PAGE_SIZE = 5;

	private static final HttpClient admin = HttpClient.newHttpClient();

	@Autowired
	QuickBooksAccess quickBooks;

	@Autowired
	ConnectionManagement connections;

	@Autowired
	QuickBooksApiProperties settings;

	@Test
	void fetchesEveryInvoiceThatStayedUnpaidWhenThoseOfPageOneArePaidBeforePageTwo() {
		String account = "acct-" + UUID.randomUUID();
		// A week ago, so that no generated invoice was last changed during the import.
		String realmId = createRealm("Paying While Importing Co", 61, 8, 90, LocalDate.now().minusDays(7));
		Connection connection = this.connections.find(Companies.connect(account, realmId)).orElseThrow();
		List<String> unpaidAtStart = new ArrayList<>();
		for (JsonNode invoice : Companies.sandbox().invoices(realmId)) {
			if (invoice.get("Balance").decimalValue().signum() > 0) {
				unpaidAtStart.add(invoice.get("Id").asString());
			}
		}
		assertThat(unpaidAtStart).hasSizeGreaterThan(4 * PAGE_SIZE);
		ImportRequested request = new ImportRequested(
				EventMetadata.first(ImportRequested.CONTRACT, account, connection.id(), UUID.randomUUID()),
				DateField.DUE_DATE, null, null);
		List<String> paidAfterPageOne = new ArrayList<>();
		AtomicInteger pagesAnswered = new AtomicInteger();
		Function<String, JsonNode> runQuery = (query) -> {
			JsonNode response = this.quickBooks.query(connection, query, request.metadata());
			if (query.startsWith("select * from Invoice") && pagesAnswered.incrementAndGet() == 1) {
				for (QboInvoice invoice : InvoicePages.invoices(response)) {
					payInFull(realmId, invoice);
					paidAfterPageOne.add(invoice.id());
				}
			}
			return response;
		};
		Published published = new Published();
		InvoiceImport fetch = new InvoiceImport(request, connection, runQuery, published, Duration.ofSeconds(30),
				withPageSize(PAGE_SIZE), (progress) -> {
				});

		fetch.run();

		assertThat(paidAfterPageOne).hasSize(PAGE_SIZE);
		List<String> stayedUnpaid = new ArrayList<>(unpaidAtStart);
		stayedUnpaid.removeAll(paidAfterPageOne);
		assertThat(published.invoiceIds()).doesNotHaveDuplicates().containsAll(stayedUnpaid);
		assertThat(published.invoiceIds()).as("page one was read before its invoices were paid")
			.containsExactlyInAnyOrderElementsOf(unpaidAtStart);
		assertThat(fetch.published()).isEqualTo(unpaidAtStart.size());
		assertThat(fetch.pages()).isGreaterThanOrEqualTo(unpaidAtStart.size() / PAGE_SIZE);
		assertThat(fetch.changedWhileRunning()).as("the invoices paid while the import ran")
			.isEqualTo((long) paidAfterPageOne.size());
	}

	private QuickBooksApiProperties withPageSize(int pageSize) {
		return new QuickBooksApiProperties(this.settings.apiBaseUrl(), this.settings.minorVersion(), pageSize,
				this.settings.customerBatchSize(), this.settings.connectTimeout(), this.settings.readTimeout());
	}

	private static String createRealm(String companyName, long seed, int customers, int invoices, LocalDate asOf) {
		return post("/admin/realms",
				Map.of("companyName", companyName, "country", "US", "homeCurrency", "USD", "multiCurrencyEnabled",
						false, "seed", seed, "customers", customers, "invoices", invoices, "asOf", asOf.toString()))
			.get("realmId")
			.asString();
	}

	private static void payInFull(String realmId, QboInvoice invoice) {
		BigDecimal balance = invoice.balance();
		post("/admin/realms/" + realmId + "/invoices/" + invoice.id() + "/payments", Map.of("amount", balance));
	}

	private static JsonNode post(String path, Object body) {
		SandboxAdmin sandbox = Companies.sandbox();
		try {
			HttpResponse<String> response = admin.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
			return EventJson.mapper().readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("qbo-sandbox did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Keeps what the import hands on instead of sending it to Kafka. */
	private static final class Published extends EventPublisher {

		private final List<InvoiceFetched> invoices = new ArrayList<>();

		Published() {
			super(null);
		}

		@Override
		public void publishStored(List<StoredEvent> messages, Duration timeout) {
			messages.forEach((message) -> this.invoices
				.add(EventJson.mapper().readValue(message.payload(), InvoiceFetched.class)));
		}

		List<String> invoiceIds() {
			return this.invoices.stream().map((event) -> event.invoice().id()).toList();
		}

	}

}
