package com.qbobridge.connector.changes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.connector.quickbooks.InvoiceQuery;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Reads the current versions of invoices from QuickBooks, by id in batches or by change data capture.
 */
@Component
class InvoiceReader {

	private final QuickBooksAccess quickBooks;

	private final ChangesProperties properties;

	InvoiceReader(QuickBooksAccess quickBooks, ChangesProperties properties) {
		this.quickBooks = quickBooks;
		this.properties = properties;
	}

	/**
	 * The current version of each invoice; one QuickBooks no longer returns was deleted.
	 * @param connection the connection
	 * @param invoiceIds the invoices
	 * @return version by invoice id, one for every id asked for
	 */
	Map<String, InvoiceVersion> current(Connection connection, List<String> invoiceIds) {
		Map<String, InvoiceVersion> versions = new HashMap<>();
		for (int from = 0; from < invoiceIds.size(); from += this.properties.batchSize()) {
			List<String> batch = invoiceIds.subList(from, Math.min(invoiceIds.size(), from + this.properties.batchSize()));
			JsonNode response = this.quickBooks.query(connection, InvoiceQuery.byIds(batch), null);
			for (JsonNode invoice : response.path("Invoice")) {
				InvoiceVersion version = InvoiceVersion.of(invoice);
				versions.put(version.invoiceId(), version);
			}
			for (String id : batch) {
				versions.putIfAbsent(id, InvoiceVersion.deleted(id, null));
			}
		}
		return versions;
	}

	/**
	 * The invoices changed since a time, oldest first, as change data capture reports them.
	 * @param connection the connection
	 * @param since where to start, at most 30 days back
	 * @return the versions, at most 1,000 (Intuit's cap)
	 */
	List<InvoiceVersion> changedSince(Connection connection, OffsetDateTime since) {
		List<InvoiceVersion> versions = new ArrayList<>();
		for (JsonNode invoice : this.quickBooks.changedInvoices(connection, since)) {
			versions.add(InvoiceVersion.of(invoice));
		}
		return versions;
	}

}
