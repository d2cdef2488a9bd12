package com.qbobridge.connector.invoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.messaging.EventPublisher;
import com.qbobridge.connector.quickbooks.InvoiceQuery;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One import's fetch: counts the matching unpaid invoices, then reads them page by page, attaches their customers and
 * publishes one {@link InvoiceFetched} per invoice and one {@link ImportProgressed} per page. Each page's events are
 * acknowledged by the broker before the next page is read, so nothing piles up in memory.
 */
class InvoiceImport {

	/** Customers remembered per import, at least two pages' worth. */
	private static final int CUSTOMER_CAPACITY = 5000;

	private final ImportRequested request;

	private final Connection connection;

	private final Function<String, JsonNode> runQuery;

	private final EventPublisher events;

	private final QuickBooksApiProperties settings;

	private final PageDone pageDone;

	private int pages;

	private long published;

	InvoiceImport(ImportRequested request, Connection connection, Function<String, JsonNode> runQuery,
			EventPublisher events, QuickBooksApiProperties settings, PageDone pageDone) {
		this.request = request;
		this.pageDone = pageDone;
		this.connection = connection;
		this.runQuery = runQuery;
		this.events = events;
		this.settings = settings;
	}

	/**
	 * Fetches and publishes everything; throws on the first failure, leaving {@link #pages()} and
	 * {@link #published()} at what was done.
	 */
	void run() {
		InvoiceQuery query = new InvoiceQuery(this.request.dateField(), this.request.from(), this.request.to());
		Long total = InvoicePages.totalCount(this.runQuery.apply(query.count()));
		progress(total);
		InvoicePages pages = new InvoicePages(query, this.settings.pageSize(), this.runQuery);
		CustomerLookup customers = new CustomerLookup(this.settings.customerBatchSize(),
				Math.max(CUSTOMER_CAPACITY, 2 * this.settings.pageSize()), this.runQuery);
		for (InvoicePage page = pages.next(); page != null; page = pages.next()) {
			Map<String, @Nullable QboCustomer> byId = customers.customersOf(page.invoices());
			List<CompletableFuture<?>> sends = new ArrayList<>(page.invoices().size());
			long sequence = this.published;
			for (QboInvoice invoice : page.invoices()) {
				sequence++;
				QboCustomer customer = (invoice.customerRef() != null) ? byId.get(invoice.customerRef().value())
						: null;
				sends.add(this.events.publish(Topics.INVOICE_FETCHED,
						new InvoiceFetched(this.request.metadata().next(InvoiceFetched.CONTRACT),
								this.connection.company(), invoice, customer, sequence)));
			}
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
			this.published = sequence;
			this.pages = page.number();
			progress(total);
			this.pageDone.after(this.pages, this.published);
		}
	}

	int pages() {
		return this.pages;
	}

	long published() {
		return this.published;
	}

	private void progress(@Nullable Long total) {
		this.events.publish(Topics.IMPORT_PROGRESSED, new ImportProgressed(
				this.request.metadata().next(ImportProgressed.CONTRACT), this.pages, this.published, total));
	}

	/**
	 * Told after every page, e.g. to record that the import is alive.
	 */
	@FunctionalInterface
	interface PageDone {

		void after(int pages, long published);

	}

}
