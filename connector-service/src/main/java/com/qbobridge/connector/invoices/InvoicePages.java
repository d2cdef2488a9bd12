package com.qbobridge.connector.invoices;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.qbobridge.connector.quickbooks.InvoiceQuery;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.util.Assert;

/**
 * Walks a query's invoices page by page in id order, each page asking for the ids above the last one read
 * ({@code Id > '<last id>'}), so that an invoice paid on an earlier page while the walk runs cannot shift a later
 * one past a page boundary, as {@code startposition} paging would. Holds one page at a time so that memory stays
 * flat however many invoices match; a page shorter than the page size is the last one. A page out of id order
 * stops the walk, since the next page would then skip invoices.
 */
class InvoicePages {

	private final InvoiceQuery query;

	private final int pageSize;

	private final Function<String, List<QboInvoice>> readInvoices;

	private final @Nullable String upToId;

	private @Nullable String lastId;

	private int pageNumber;

	private boolean done;

	/**
	 * Creates the walk.
	 * @param query the invoices to read
	 * @param pageSize invoices per page, at most 1000
	 * @param runQuery runs one query and returns its {@code QueryResponse}
	 */
	InvoicePages(InvoiceQuery query, int pageSize, Function<String, JsonNode> runQuery) {
		this(query, new IdRange(null, null), pageSize, (page) -> invoices(runQuery.apply(page)));
	}

	/**
	 * Creates the walk of one range of ids.
	 * @param query the invoices to read
	 * @param range the ids to walk
	 * @param pageSize invoices per page, at most 1000
	 * @param readInvoices runs one query and returns the invoices of its answer
	 */
	InvoicePages(InvoiceQuery query, IdRange range, int pageSize, Function<String, List<QboInvoice>> readInvoices) {
		Assert.isTrue(pageSize >= 1 && pageSize <= InvoiceQuery.MAX_RESULTS, "pageSize must be 1 to 1000");
		this.query = query;
		this.pageSize = pageSize;
		this.readInvoices = readInvoices;
		this.lastId = range.afterId();
		this.upToId = range.upToId();
	}

	/**
	 * Reads the next page.
	 * @return the page, or {@code null} once the last page was read
	 * @throws IllegalStateException when QuickBooks answered a page out of id order
	 */
	@Nullable InvoicePage next() {
		if (this.done) {
			return null;
		}
		List<QboInvoice> invoices = this.readInvoices.apply(this.query.page(this.lastId, this.upToId, this.pageSize));
		for (QboInvoice invoice : invoices) {
			if (this.lastId != null && compareIds(invoice.id(), this.lastId) <= 0) {
				throw new IllegalStateException("QuickBooks answered invoice " + invoice.id() + " after invoice "
						+ this.lastId + " on page " + (this.pageNumber + 1) + ": not in id order, so paging by id "
						+ "would skip invoices");
			}
			this.lastId = invoice.id();
		}
		this.pageNumber++;
		this.done = invoices.size() < this.pageSize;
		return new InvoicePage(this.pageNumber, invoices, this.done);
	}

	/**
	 * Reads {@code totalCount} from a {@code count(*)} query's response.
	 * @param response the {@code QueryResponse}
	 * @return the count, or {@code null} when QuickBooks gave none
	 */
	static @Nullable Long totalCount(JsonNode response) {
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

	/** Orders ids as Intuit does: numeric ids by their number, any others after them by text. */
	static int compareIds(String a, String b) {
		boolean aNumeric = isNumeric(a);
		boolean bNumeric = isNumeric(b);
		if (aNumeric && bNumeric) {
			return new BigInteger(a).compareTo(new BigInteger(b));
		}
		if (aNumeric != bNumeric) {
			return aNumeric ? -1 : 1;
		}
		return a.compareTo(b);
	}

	static boolean isNumeric(String id) {
		if (id.isEmpty()) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			if (id.charAt(i) < '0' || id.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
