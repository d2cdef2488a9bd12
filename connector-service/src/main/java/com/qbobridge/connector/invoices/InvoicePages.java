package com.qbobridge.connector.invoices;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.qbobridge.connector.quickbooks.InvoiceQuery;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import tools.jackson.databind.JsonNode;

import org.springframework.util.Assert;

/**
 * Walks a query's invoices page by page with {@code startposition}/{@code maxresults}, holding one page at a time so
 * that memory stays flat however many invoices match. A page shorter than the page size is the last one.
 */
class InvoicePages {

	private final InvoiceQuery query;

	private final int pageSize;

	private final Function<String, JsonNode> runQuery;

	private int nextStart = 1;

	private int pageNumber;

	private boolean done;

	/**
	 * Creates the walk.
	 * @param query the invoices to read
	 * @param pageSize invoices per page, at most 1000
	 * @param runQuery runs one query and returns its {@code QueryResponse}
	 */
	InvoicePages(InvoiceQuery query, int pageSize, Function<String, JsonNode> runQuery) {
		Assert.isTrue(pageSize >= 1 && pageSize <= 1000, "pageSize must be 1 to 1000");
		this.query = query;
		this.pageSize = pageSize;
		this.runQuery = runQuery;
	}

	/**
	 * Reads the next page.
	 * @return the page, or {@code null} once the last page was read
	 */
	InvoicePage next() {
		if (this.done) {
			return null;
		}
		JsonNode response = this.runQuery.apply(this.query.page(this.nextStart, this.pageSize));
		List<QboInvoice> invoices = invoices(response);
		this.pageNumber++;
		this.nextStart += this.pageSize;
		this.done = invoices.size() < this.pageSize;
		return new InvoicePage(this.pageNumber, invoices, this.done);
	}

	/**
	 * Reads {@code totalCount} from a {@code count(*)} query's response.
	 * @param response the {@code QueryResponse}
	 * @return the count, or {@code null} when QuickBooks gave none
	 */
	static Long totalCount(JsonNode response) {
		JsonNode count = response.get("totalCount");
		return (count != null && count.isNumber()) ? count.asLong() : null;
	}

	static List<QboInvoice> invoices(JsonNode response) {
		JsonNode list = response.get("Invoice");
		if (list == null || !list.isArray()) {
			return List.of();
		}
		List<QboInvoice> invoices = new ArrayList<>(list.size());
		for (JsonNode invoice : list) {
			invoices.add(EventJson.mapper().treeToValue(invoice, QboInvoice.class));
		}
		return invoices;
	}

}
