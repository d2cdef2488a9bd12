package com.qbobridge.connector.invoices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
import com.qbobridge.schemas.quickbooks.QboCustomer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job billed with its parent is owed by the parent, so the connector reads the job's {@code ParentRef} chain and
 * sends it with each of the job's invoices: a two-level job (Parent:Site:Phase) carries both ancestors, nearest
 * first; a job not billed with its parent and a top-level customer carry none; parents are read in batches and
 * once per import, however many pages bill them.
 */
class ParentCustomersIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	QuickBooksAccess quickBooks;

	@Autowired
	ConnectionManagement connections;

	@Autowired
	QuickBooksApiProperties settings;

	@Test
	void sendsTheParentChainOfJobsBilledWithTheirParentReadOncePerImport() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = Companies.sandbox().createEmptyRealm("Jobs Co", "US", "USD");
		Companies.sandbox().loadEntities(realmId, EventJson.mapper().readTree(ENTITIES));
		Connection connection = this.connections.find(Companies.connect(account, realmId)).orElseThrow();
		ImportRequested request = new ImportRequested(
				EventMetadata.first(ImportRequested.CONTRACT, account, connection.id(), UUID.randomUUID()),
				DateField.DUE_DATE, null, null);
		List<String> customerQueries = new CopyOnWriteArrayList<>();
		Function<String, JsonNode> runQuery = (query) -> {
			if (query.startsWith("select * from Customer")) {
				customerQueries.add(query);
			}
			return this.quickBooks.query(connection, query, request.metadata());
		};
		Published published = new Published();
		// Pages of two: the phase's invoices are on several pages, its ancestors are read once.
		InvoiceImport fetch = new InvoiceImport(request, connection, runQuery, published, Duration.ofSeconds(30),
				withPageSize(2), (progress) -> {
				});

		fetch.run();

		Map<String, InvoiceFetched> byInvoice = published.byInvoice();
		assertThat(byInvoice).containsOnlyKeys("101", "102", "103", "104", "105", "106");
		assertThat(byInvoice.get("101").parentCustomers()).as("a phase of a site of a parent, billed up the chain")
			.extracting(QboCustomer::id)
			.containsExactly("11", "10");
		assertThat(byInvoice.get("104").parentCustomers()).extracting(QboCustomer::id).containsExactly("11", "10");
		assertThat(byInvoice.get("102").parentCustomers()).as("a site billed with its parent")
			.extracting(QboCustomer::id)
			.containsExactly("10");
		assertThat(byInvoice.get("102").parentCustomers().get(0).displayName()).isEqualTo("Parent Holdings");
		assertThat(byInvoice.get("103").parentCustomers()).as("a job billed on its own: its parents are not read")
			.isNull();
		assertThat(byInvoice.get("105").parentCustomers()).as("a top-level customer has no ancestors").isEmpty();
		assertThat(byInvoice.get("106").parentCustomers()).as("an inactive parent still owes")
			.extracting(QboCustomer::id)
			.containsExactly("20");
		assertThat(String.join("\n", customerQueries)).as("each customer read once per import")
			.containsOnlyOnce("'10'")
			.containsOnlyOnce("'11'")
			.containsOnlyOnce("'12'")
			.containsOnlyOnce("'20'");
	}

	private QuickBooksApiProperties withPageSize(int pageSize) {
		return new QuickBooksApiProperties(this.settings.apiBaseUrl(), this.settings.minorVersion(), pageSize,
				this.settings.customerBatchSize(), this.settings.connectTimeout(), this.settings.readTimeout());
	}

	private static final String ENTITIES = """
			{"Customer": [
			  {"Id": "10", "SyncToken": "0", "DisplayName": "Parent Holdings", "CompanyName": "Parent Holdings Inc.",
			   "FullyQualifiedName": "Parent Holdings", "Job": false, "BillWithParent": false,
			   "BillAddr": {"Line1": "1 Main St", "City": "Boston", "CountrySubDivisionCode": "MA", "PostalCode": "02110", "Country": "US"},
			   "MetaData": {"CreateTime": "2025-01-01T10:00:00-08:00", "LastUpdatedTime": "2025-01-01T10:00:00-08:00"}},
			  {"Id": "11", "SyncToken": "0", "DisplayName": "North Site", "FullyQualifiedName": "Parent Holdings:North Site",
			   "Job": true, "BillWithParent": true, "ParentRef": {"value": "10"}, "Level": 1,
			   "MetaData": {"CreateTime": "2025-01-01T10:00:00-08:00", "LastUpdatedTime": "2025-01-01T10:00:00-08:00"}},
			  {"Id": "12", "SyncToken": "0", "DisplayName": "Phase 1", "FullyQualifiedName": "Parent Holdings:North Site:Phase 1",
			   "Job": true, "BillWithParent": true, "ParentRef": {"value": "11"}, "Level": 2,
			   "MetaData": {"CreateTime": "2025-01-01T10:00:00-08:00", "LastUpdatedTime": "2025-01-01T10:00:00-08:00"}},
			  {"Id": "13", "SyncToken": "0", "DisplayName": "Own Billing Job", "FullyQualifiedName": "Parent Holdings:Own Billing Job",
			   "Job": true, "BillWithParent": false, "ParentRef": {"value": "10"}, "Level": 1,
			   "MetaData": {"CreateTime": "2025-01-01T10:00:00-08:00", "LastUpdatedTime": "2025-01-01T10:00:00-08:00"}},
			  {"Id": "14", "SyncToken": "0", "DisplayName": "Plain Customer", "FullyQualifiedName": "Plain Customer",
			   "MetaData": {"CreateTime": "2025-01-01T10:00:00-08:00", "LastUpdatedTime": "2025-01-01T10:00:00-08:00"}},
			  {"Id": "20", "SyncToken": "1", "DisplayName": "Gone Parent (deleted)", "Active": false,
			   "FullyQualifiedName": "Gone Parent (deleted)",
			   "MetaData": {"CreateTime": "2025-01-01T10:00:00-08:00", "LastUpdatedTime": "2025-01-01T10:00:00-08:00"}},
			  {"Id": "21", "SyncToken": "0", "DisplayName": "Orphan Job", "FullyQualifiedName": "Gone Parent (deleted):Orphan Job",
			   "Job": true, "BillWithParent": true, "ParentRef": {"value": "20"}, "Level": 1,
			   "MetaData": {"CreateTime": "2025-01-01T10:00:00-08:00", "LastUpdatedTime": "2025-01-01T10:00:00-08:00"}}
			],
			"Invoice": [
			  %s
			]}
			""".formatted(String.join(",\n", List.of(invoice("101", "12"), invoice("102", "11"), invoice("103", "13"),
			invoice("104", "12"), invoice("105", "14"), invoice("106", "21"))));

	private static String invoice(String id, String customerId) {
		return """
				{"Id": "%s", "SyncToken": "0", "TxnDate": "2025-02-01", "DueDate": "2025-03-01", "DocNumber": "%s",
				 "TotalAmt": 100.0, "Balance": 100.0, "CustomerRef": {"value": "%s"},
				 "Line": [{"Amount": 100.0, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}],
				 "MetaData": {"CreateTime": "2025-02-01T10:00:00-08:00", "LastUpdatedTime": "2025-02-01T10:00:00-08:00"}}"""
			.formatted(id, id, customerId);
	}

	/** Keeps what the import hands on instead of sending it to Kafka. */
	private static final class Published extends EventPublisher {

		private final List<InvoiceFetched> invoices = new ArrayList<>();

		Published() {
			super(null);
		}

		@Override
		public synchronized void publishStored(List<StoredEvent> messages, Duration timeout) {
			messages.forEach((message) -> this.invoices
				.add(EventJson.mapper().readValue(message.payload(), InvoiceFetched.class)));
		}

		synchronized Map<String, InvoiceFetched> byInvoice() {
			Map<String, InvoiceFetched> byInvoice = new LinkedHashMap<>();
			this.invoices.forEach((event) -> byInvoice.put(event.invoice().id(), event));
			return byInvoice;
		}

	}

}
