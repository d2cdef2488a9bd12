package com.qbobridge.connector.invoices;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.quickbooks.InvoiceQuery;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One import's fetch: counts the matching unpaid invoices, then reads them page by page, attaches their customers
 * (and, for jobs billed with their parent, the parent chain that owes them),
 * publishes one {@link InvoiceFetched} per invoice and reports an {@link ImportProgressed} per page. Each page's
 * invoices are acknowledged by the broker before the next page is read, so nothing piles up in memory and nothing is
 * lost silently: a page the broker does not take fails the import. Pages are keyed by invoice id, so every invoice
 * that stays unpaid while the import runs is read; at the end it counts how many invoices of the range QuickBooks
 * changed meanwhile (paid, voided, edited, created), whose state may be older or newer than what was published.
 */
class InvoiceImport {

	private static final Logger logger = LoggerFactory.getLogger(InvoiceImport.class);

	/** Customers remembered per import, at least two pages' worth. */
	private static final int CUSTOMER_CAPACITY = 5000;

	private final ImportRequested request;

	private final Connection connection;

	private final Function<String, JsonNode> runQuery;

	private final EventPublisher events;

	private final Duration handOffTimeout;

	private final QuickBooksApiProperties settings;

	private final Progress onProgress;

	private int pages;

	private long published;

	private @Nullable Long changedWhileRunning;

	InvoiceImport(ImportRequested request, Connection connection, Function<String, JsonNode> runQuery,
			EventPublisher events, Duration handOffTimeout, QuickBooksApiProperties settings, Progress onProgress) {
		this.request = request;
		this.handOffTimeout = handOffTimeout;
		this.onProgress = onProgress;
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
		// MetaData times have whole seconds: from the start of this second, so that no change is missed.
		Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		InvoiceQuery query = new InvoiceQuery(this.request.dateField(), this.request.from(), this.request.to());
		Long total = InvoicePages.totalCount(this.runQuery.apply(query.count()));
		progress(total);
		InvoicePages pages = new InvoicePages(query, this.settings.pageSize(), this.runQuery);
		CustomerLookup customers = new CustomerLookup(this.settings.customerBatchSize(),
				Math.max(CUSTOMER_CAPACITY, 2 * this.settings.pageSize()), this.runQuery);
		for (InvoicePage page = pages.next(); page != null; page = pages.next()) {
			CustomerLookup.PageCustomers billed = customers.billedPartiesOf(page.invoices());
			List<InvoiceFetched> fetched = new ArrayList<>(page.invoices().size());
			long sequence = this.published;
			for (QboInvoice invoice : page.invoices()) {
				sequence++;
				QboCustomer customer = (invoice.customerRef() != null)
						? billed.customers().get(invoice.customerRef().value()) : null;
				fetched.add(new InvoiceFetched(this.request.metadata().next(InvoiceFetched.CONTRACT),
						this.connection.company(), invoice, customer, sequence, billed.parentsOf(customer)));
			}
			this.events.publishAll(Topics.INVOICE_FETCHED, fetched, this.handOffTimeout);
			this.published = sequence;
			this.pages = page.number();
			progress(total);
		}
		this.changedWhileRunning = changedSince(query, started);
	}

	int pages() {
		return this.pages;
	}

	long published() {
		return this.published;
	}

	/**
	 * How many invoices of the import's date range QuickBooks changed while the import ran (paid, voided, edited or
	 * created; by {@code MetaData.LastUpdatedTime}), unpaid now or not. Invoices that stayed unpaid throughout are
	 * all published; a changed one may have been published in its state before the change (say, paid after its page
	 * was read), or not at all (it became unpaid again after the walk had passed its id).
	 * @return the count once the last page was read, {@code null} before that or when QuickBooks did not answer it
	 */
	@Nullable Long changedWhileRunning() {
		return this.changedWhileRunning;
	}

	/** The count of changed invoices is a report, not part of the fetch: without it the import still succeeds. */
	private @Nullable Long changedSince(InvoiceQuery query, Instant started) {
		try {
			return InvoicePages.totalCount(this.runQuery.apply(query.changedSince(started)));
		}
		catch (ImportAlreadyEnded ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			logger.warn("Import {} could not count the invoices changed while it ran: {}",
					this.request.metadata().importId(), ex.toString());
			return null;
		}
	}

	private void progress(@Nullable Long total) {
		this.onProgress.reached(new ImportProgressed(this.request.metadata().next(ImportProgressed.CONTRACT),
				this.pages, this.published, total));
	}

	/**
	 * Told how far the import got, before the first page and after every page, e.g. to record that it is alive and
	 * announce it.
	 */
	@FunctionalInterface
	interface Progress {

		void reached(ImportProgressed progress);

	}

}
