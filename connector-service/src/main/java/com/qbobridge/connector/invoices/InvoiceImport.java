package com.qbobridge.connector.invoices;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.quickbooks.InvoiceQuery;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.messaging.publishing.EventPublisher.StoredEvent;
import com.qbobridge.schemas.EventMetadata;
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

import org.springframework.util.Assert;

/**
 * One import's fetch: counts the matching unpaid invoices, then reads them page by page, attaches their customers
 * (and, for jobs billed with their parent, the parent chain that owes them), publishes one {@link InvoiceFetched}
 * per invoice, keyed by connection and invoice so that one import spreads over partitions, and reports an
 * {@link ImportProgressed} per page. Several id ranges are read side by side when there is more than one page
 * ({@code parallelRanges}); within a range each page's invoices are acknowledged by the broker before the next page
 * is read, so memory holds at most one page per range and nothing is lost silently: a page the broker does not take
 * fails the import. Pages are keyed by invoice id, so every invoice that stays unpaid while the import runs is read;
 * at the end it counts how many invoices of the range QuickBooks changed meanwhile (paid, voided, edited, created),
 * whose state may be older or newer than what was published.
 * <p>
 * Each {@code InvoiceFetched}'s event id is derived from the import, the invoice and its {@code SyncToken}
 * ({@link #eventIdOf}), so that fetching an import again after its worker died publishes the invoices already
 * published as exact duplicates, which every consumer skips by event id (mapping-service derives its answer's id from
 * it), and the counts of a fetch are its distinct invoices.
 */
class InvoiceImport {

	private static final Logger logger = LoggerFactory.getLogger(InvoiceImport.class);

	/** Customers remembered per import, at least two pages' worth. */
	private static final int CUSTOMER_CAPACITY = 5000;

	/**
	 * Threads of one import that wait for QuickBooks (next pages, customer batches): Intuit's 10 concurrent requests
	 * per company; more would only wait at the realm's guards.
	 */
	private static final int CALL_THREADS = 10;

	private final ImportRequested request;

	private final Connection connection;

	private final Function<String, JsonNode> runQuery;

	/** Runs an invoice query and reads its invoices as records, without a tree of the answer. */
	private final Function<String, List<QboInvoice>> readInvoices;

	private final EventPublisher events;

	private final Duration handOffTimeout;

	private final QuickBooksApiProperties settings;

	private final Progress onProgress;

	private final RecordSizeLimit recordLimit;

	private final int callThreads;

	/** The last sequence number handed out; ranges read side by side take theirs from it. */
	private final AtomicLong sequences = new AtomicLong();

	private int pages;

	private long published;

	private @Nullable Long changedWhileRunning;

	InvoiceImport(ImportRequested request, Connection connection, Function<String, JsonNode> runQuery,
			EventPublisher events, Duration handOffTimeout, QuickBooksApiProperties settings, Progress onProgress) {
		this(request, connection, runQuery, events, handOffTimeout, settings, onProgress,
				new RecordSizeLimit(ImportsProperties.DEFAULT_MAX_RECORD_SIZE.toBytes()));
	}

	InvoiceImport(ImportRequested request, Connection connection, Function<String, JsonNode> runQuery,
			EventPublisher events, Duration handOffTimeout, QuickBooksApiProperties settings, Progress onProgress,
			RecordSizeLimit recordLimit) {
		this(request, connection, runQuery, events, handOffTimeout, settings, onProgress, recordLimit, CALL_THREADS);
	}

	/**
	 * Creates the fetch with a given number of threads waiting for QuickBooks; one makes every call wait for the
	 * previous one (a plain sequential client, the yardstick of the paging bench).
	 */
	InvoiceImport(ImportRequested request, Connection connection, Function<String, JsonNode> runQuery,
			EventPublisher events, Duration handOffTimeout, QuickBooksApiProperties settings, Progress onProgress,
			RecordSizeLimit recordLimit, int callThreads) {
		this(request, connection, runQuery, (query) -> InvoicePages.invoices(runQuery.apply(query)), events,
				handOffTimeout, settings, onProgress, recordLimit, callThreads);
	}

	/**
	 * Creates the fetch with its own reading of invoice pages ({@code readInvoices}, e.g. straight into records);
	 * {@code runQuery} runs the other queries (counts, customers).
	 */
	InvoiceImport(ImportRequested request, Connection connection, Function<String, JsonNode> runQuery,
			Function<String, List<QboInvoice>> readInvoices, EventPublisher events, Duration handOffTimeout,
			QuickBooksApiProperties settings, Progress onProgress, RecordSizeLimit recordLimit, int callThreads) {
		this.readInvoices = readInvoices;
		this.callThreads = callThreads;
		this.recordLimit = recordLimit;
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
		ExecutorService calls = Executors.newFixedThreadPool(this.callThreads,
				daemon("import-" + this.request.metadata().importId() + "-call"));
		try {
			CustomerLookup customers = new CustomerLookup(this.settings.customerBatchSize(),
					Math.max(CUSTOMER_CAPACITY, 2 * (this.settings.parallelRanges() + 1) * this.settings.pageSize()),
					this.runQuery, calls);
			List<IdRange> ranges = ranges(query, total, calls);
			if (ranges.size() == 1) {
				walk(query, ranges.get(0), customers, total, calls);
			}
			else {
				walkSideBySide(query, ranges, customers, total, calls);
			}
		}
		finally {
			calls.shutdownNow();
		}
		this.changedWhileRunning = changedSince(query, started);
	}

	private static ThreadFactory daemon(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * The id ranges to read side by side: one when a single page holds everything or parallel reading is off, else
	 * up to {@code parallelRanges} (never more than there are pages) of as many invoices each.
	 */
	private List<IdRange> ranges(InvoiceQuery query, @Nullable Long total, Executor calls) {
		int pageSize = this.settings.pageSize();
		long pagesExpected = (total != null) ? (total + pageSize - 1) / pageSize : 1;
		// As few ranges as give the fewest pages per range: 18 pages in up to 10 ranges are 9 ranges of 2 pages, not
		// 10 of which 8 hold two pages and 2 one; the walk takes as long, with fewer calls.
		long pagesPerRange = (pagesExpected + this.settings.parallelRanges() - 1) / this.settings.parallelRanges();
		int parts = (int) ((pagesExpected + pagesPerRange - 1) / pagesPerRange);
		if (parts <= 1) {
			return List.of(new IdRange(null, null));
		}
		// The ids at evenly spaced positions, all asked at once: ranges of as many invoices each (older invoices are
		// more often paid, so ranges of equal id width would not be) for one call's latency before any range starts.
		List<CompletableFuture<List<QboInvoice>>> ends = new ArrayList<>(parts - 1);
		for (int k = 1; k < parts; k++) {
			long position = k * total / parts;
			ends.add(CompletableFuture.supplyAsync(() -> this.readInvoices.apply(query.at(position)), calls));
		}
		List<String> endIds = new ArrayList<>(parts - 1);
		for (CompletableFuture<List<QboInvoice>> end : ends) {
			List<QboInvoice> found = CustomerLookup.join(end);
			if (!found.isEmpty()) {
				endIds.add(found.get(0).id());
			}
		}
		return IdRange.endingAt(endIds);
	}

	/** Walks the ranges on a thread each; the first failure stops the others and is thrown. */
	private void walkSideBySide(InvoiceQuery query, List<IdRange> ranges, CustomerLookup customers,
			@Nullable Long total, Executor calls) {
		ExecutorService walkers = Executors.newFixedThreadPool(ranges.size(),
				daemon("import-" + this.request.metadata().importId() + "-range"));
		try {
			ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(walkers);
			for (IdRange range : ranges) {
				done.submit(() -> {
					walk(query, range, customers, total, calls);
					return null;
				});
			}
			for (int i = 0; i < ranges.size(); i++) {
				try {
					done.take().get();
				}
				catch (ExecutionException ex) {
					if (ex.getCause() instanceof RuntimeException failure) {
						throw failure;
					}
					throw new IllegalStateException(ex.getCause());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading invoices", ex);
		}
		finally {
			// A failed range stops the others at their next page.
			walkers.shutdownNow();
		}
	}

	/**
	 * Reads one range page by page: the next page is asked for as soon as a page arrives, while its customers are
	 * read and its invoices handed on, and each page's invoices are acknowledged by the broker before the page after
	 * the next is asked for (so at most two pages of a range are held).
	 */
	private void walk(InvoiceQuery query, IdRange range, CustomerLookup customers, @Nullable Long total,
			Executor calls) {
		InvoicePages pages = new InvoicePages(query, range, this.settings.pageSize(), this.readInvoices);
		CompletableFuture<@Nullable InvoicePage> next = CompletableFuture.supplyAsync(pages::next, calls);
		for (InvoicePage page = CustomerLookup.join(next); page != null; page = CustomerLookup.join(next)) {
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
			next = page.last() ? CompletableFuture.completedFuture(null) : CompletableFuture.supplyAsync(pages::next,
					calls);
			CustomerLookup.PageCustomers billed = customers.billedPartiesOf(page.invoices());
			List<StoredEvent> fetched = new ArrayList<>(page.invoices().size());
			long sequence = this.sequences.getAndAdd(page.invoices().size());
			for (QboInvoice invoice : page.invoices()) {
				sequence++;
				QboCustomer customer = (invoice.customerRef() != null)
						? billed.customers().get(invoice.customerRef().value()) : null;
				InvoiceFetched event = new InvoiceFetched(metadataOf(invoice), this.connection.company(), invoice,
						customer, sequence, billed.parentsOf(customer));
				RecordSizeLimit.Written written = this.recordLimit.written(Topics.INVOICE_FETCHED,
						Topics.invoiceKey(event.metadata(), invoice.id()), event);
				if (written.truncatedFields() != null) {
					// Which fields and how long, never their content.
					logger.warn("Import {}: invoice {} is larger than a record may be; shortened {}",
							this.request.metadata().importId(), invoice.id(), written.truncatedFields());
				}
				fetched.add(written.record());
			}
			this.events.publishStored(fetched, this.handOffTimeout);
			synchronized (this) {
				this.published += fetched.size();
				this.pages++;
				progress(total);
			}
		}
	}

	/** The envelope of an invoice's record: the request's, with the id of this version of the invoice. */
	private EventMetadata metadataOf(QboInvoice invoice) {
		EventMetadata next = this.request.metadata().next(InvoiceFetched.CONTRACT);
		return new EventMetadata(eventIdOf(this.request.metadata().importId(), invoice), next.eventType(),
				next.eventVersion(), next.occurredAt(), next.accountId(), next.connectionId(), next.importId(),
				next.correlationId());
	}

	/**
	 * The event id of an invoice's {@code InvoiceFetched} in an import: the same for every attempt at the import as
	 * long as the invoice is unchanged, a new one once QuickBooks changed it (a new {@code SyncToken}).
	 * @param importId the import, must not be null
	 * @param invoice the invoice, must not be null
	 * @return {@code UUID.nameUUIDFromBytes("InvoiceFetched:<importId>:<invoiceId>:<syncToken>")} in UTF-8, the token
	 * empty when QuickBooks sent none
	 */
	static UUID eventIdOf(UUID importId, QboInvoice invoice) {
		Assert.notNull(importId, "importId must not be null");
		Assert.notNull(invoice, "invoice must not be null");
		String name = InvoiceFetched.CONTRACT.eventType() + ":" + importId + ":" + invoice.id() + ":"
				+ ((invoice.syncToken() != null) ? invoice.syncToken() : "");
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	synchronized int pages() {
		return this.pages;
	}

	synchronized long published() {
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
