package com.qbobridge.connector.quickbooks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.qbobridge.connector.Companies;
import com.qbobridge.connector.ConnectorIntegrationTest;
import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invoice pages are read from the sandbox's answer straight into records, skipping line items and every field no
 * case needs, with the same invoices, in the same order and with the same fields as a reading through a tree.
 */
class InvoiceRecordsIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	QuickBooksAccess quickBooks;

	@Autowired
	ConnectionManagement connections;

	@Test
	void aPageReadAsRecordsHoldsWhatTheTreeHolds() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = Companies.sandbox().createRealm("Records Co", 77, 20, 400);
		Connection connection = this.connections.find(Companies.connect(account, realmId)).orElseThrow();
		String page = new InvoiceQuery(DateField.DUE_DATE, null, null).page(null, null, 100);

		List<QboInvoice> records = this.quickBooks.queryInvoices(connection, page, null);
		JsonNode tree = this.quickBooks.query(connection, page, null);

		List<QboInvoice> fromTree = new ArrayList<>();
		tree.get("Invoice").forEach((invoice) -> fromTree.add(EventJson.mapper().treeToValue(invoice, QboInvoice.class)));
		assertThat(records).hasSize(100).isEqualTo(fromTree);
		assertThat(records).allSatisfy((invoice) -> {
			assertThat(invoice.id()).isNotBlank();
			assertThat(invoice.balance()).isPositive();
			assertThat(invoice.customerRef()).isNotNull();
			assertThat(invoice.metaData()).isNotNull();
		});
		assertThat(tree.get("Invoice").get(0).has("Line")).as("the answer has line items, which records skip").isTrue();
	}

	@Test
	void aQueryThatMatchesNothingIsAnEmptyPage() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = Companies.sandbox().createRealm("Nothing Due Co", 78, 5, 20);
		Connection connection = this.connections.find(Companies.connect(account, realmId)).orElseThrow();
		String page = new InvoiceQuery(DateField.DUE_DATE, null, null).page("999999999", null, 100);

		assertThat(this.quickBooks.queryInvoices(connection, page, null)).isEmpty();
	}

}
