package com.qbobridge.connector.invoices;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.connector.oauth.TokenExpired;
import com.qbobridge.connector.oauth.TokenRefreshFailed;
import com.qbobridge.connector.quickbooks.AppAllowanceExhausted;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.connector.quickbooks.QuickBooksCallFailed;
import com.qbobridge.connector.quickbooks.RealmBudgetExhausted;
import com.qbobridge.messaging.consuming.UnprocessableEvent;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.messaging.outbox.OutboxEntry;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.messaging.publishing.PublishFailed;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The connector's fetch runner (reading from QuickBooks only; the import's lifecycle is import-service's): takes
 * import requests on exactly once (by import id) and runs each on a worker thread, so that a long fetch neither
 * blocks the consumer nor exceeds its poll interval. An import whose worker died with its instance is taken over by
 * the sweep of any instance and fetched again from the start under its next attempt; its records carry the same
 * event ids as before (see {@link InvoiceImport}), so every consumer skips what it already has. Every import ends
 * with exactly one {@link ImportCompleted}, appended to the outbox in the transaction that records the end, whose
 * failure reason tells the creditor what to do; whoever ends an import first (its worker or the sweep) wins, and a
 * late worker, or one whose import was taken over, changes and announces nothing.
 */
public class FetchRunner {

	private static final Logger logger = LoggerFactory.getLogger(FetchRunner.class);

	private final Imports imports;

	private final ConnectionManagement connections;

	private final QuickBooksAccess quickBooks;

	private final EventPublisher events;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final QuickBooksApiProperties settings;

	private final Executor workers;

	private final ImportsProperties properties;

	/**
	 * The imports this instance runs or has queued for a worker thread, with the attempt it holds; their lease is
	 * renewed by this instance whatever their worker is waiting for.
	 */
	private final Map<UUID, Integer> held = new ConcurrentHashMap<>();

	FetchRunner(Imports imports, ConnectionManagement connections, QuickBooksAccess quickBooks, EventPublisher events,
			Outbox outbox, TransactionTemplate transactions, QuickBooksApiProperties settings, Executor workers,
			ImportsProperties properties) {
		this.imports = imports;
		this.connections = connections;
		this.quickBooks = quickBooks;
		this.events = events;
		this.outbox = outbox;
		this.transactions = transactions;
		this.settings = settings;
		this.workers = workers;
		this.properties = properties;
	}

	/**
	 * Takes a request on: checks it, records it, and queues its fetch unless it was seen before.
	 * @param request the request
	 * @throws UnprocessableEvent when it lacks its connection or import id
	 */
	public void on(ImportRequested request) {
		UUID importId = request.metadata().importId();
		UUID connectionId = request.metadata().connectionId();
		if (importId == null || connectionId == null) {
			throw new UnprocessableEvent("ImportRequested " + request.metadata().eventId()
					+ " lacks metadata.importId or metadata.connectionId");
		}
		if (!this.imports.begin(request)) {
			logger.warn("Import {} was requested again (event {}); it is running or done, not fetching twice",
					importId, request.metadata().eventId());
			return;
		}
		queue(request, Imports.FIRST_ATTEMPT);
	}

	/** Hands an import to a worker thread; this instance keeps its lease until the worker is done with it. */
	private void queue(ImportRequested request, int attempt) {
		UUID importId = request.metadata().importId();
		this.held.put(importId, attempt);
		try {
			this.workers.execute(() -> run(request, attempt));
		}
		catch (RuntimeException ex) {
			// Shutting down: the lease runs out and the sweep of another instance (or of this one, restarted)
			// fetches it.
			this.held.remove(importId, attempt);
			logger.warn("Import {} could not be queued ({}); it is fetched once its lease ran out", importId,
					ex.getMessage());
		}
	}

	private void run(ImportRequested request, int attempt) {
		UUID importId = request.metadata().importId();
		try {
			if (!this.imports.alive(importId, attempt)) {
				logger.warn("Import {} ended or was taken over before a worker took up attempt {}; not fetching it",
						importId, attempt);
				return;
			}
			fetch(request, attempt);
		}
		catch (RuntimeException ex) {
			// Typically the database was unreachable when the end was recorded; the lease runs out and the sweep
			// fetches the import again.
			logger.error("Import {} could not record its end; the sweep will take it over", importId, ex);
		}
		finally {
			this.held.remove(importId, attempt);
		}
	}

	private void fetch(ImportRequested request, int attempt) {
		UUID importId = request.metadata().importId();
		UUID connectionId = request.metadata().connectionId();
		Connection connection = this.connections.find(connectionId)
			.filter((candidate) -> candidate.belongsTo(request.metadata().accountId()))
			.filter((candidate) -> candidate.status() != ConnectionStatus.DISCONNECTED)
			.orElse(null);
		if (connection == null) {
			complete(request, attempt, new Failure(ImportFailureReason.CONNECTION_NOT_FOUND,
					"The QuickBooks connection does not exist or was disconnected; connect the company"), 0, 0, null);
			return;
		}
		InvoiceImport fetch = new InvoiceImport(request, connection, (query) -> {
			JsonNode response = this.quickBooks.query(connection, query, request.metadata());
			stopUnlessAlive(importId, attempt);
			return response;
		}, (query) -> {
			List<QboInvoice> invoices = this.quickBooks.queryInvoices(connection, query, request.metadata());
			stopUnlessAlive(importId, attempt);
			return invoices;
		}, this.events, this.properties.handOffTimeout(), this.settings,
				(progress) -> progressed(importId, attempt, progress),
				new RecordSizeLimit(this.properties.maxRecordSize().toBytes()), this.properties.callThreads());
		logger.info("Import {} of realm {} started, attempt {} ({} {}..{})", importId, connection.realmId(), attempt,
				request.dateField(), request.from(), request.to());
		try {
			fetch.run();
		}
		catch (ImportAlreadyEnded ex) {
			logger.warn("Import {} of realm {} is no longer attempt {}'s (it ended, or the sweep took it over while "
					+ "this worker was silent); the worker stops after {} invoices", importId, connection.realmId(),
					attempt, fetch.published());
			return;
		}
		catch (RuntimeException ex) {
			Failure failure = Failure.of(unwrap(ex));
			logger.warn("Import {} of realm {} failed after {} invoices: {} ({})", importId, connection.realmId(),
					fetch.published(), failure.reason(), unwrap(ex).getMessage());
			complete(request, attempt, failure, fetch.pages(), fetch.published(), null);
			return;
		}
		if (connection.status() == ConnectionStatus.PERMISSION_MISSING) {
			this.connections.changeStatus(connectionId, ConnectionStatus.ACTIVE, "QuickBooks answered again",
					request.metadata());
		}
		logger.info("Import {} of realm {} fetched {} invoices in {} pages ({} changed while it ran)", importId,
				connection.realmId(), fetch.published(), fetch.pages(), fetch.changedWhileRunning());
		complete(request, attempt, null, fetch.pages(), fetch.published(), fetch.changedWhileRunning());
	}

	/** Stops a worker whose import ended or was taken over while it waited for QuickBooks. */
	private void stopUnlessAlive(UUID importId, int attempt) {
		if (!this.imports.alive(importId, attempt)) {
			throw new ImportAlreadyEnded(importId);
		}
	}

	/**
	 * Records a running import's heartbeat and appends its progress in one transaction.
	 * @throws ImportAlreadyEnded when the import ended or was taken over meanwhile, to stop its worker
	 */
	private void progressed(UUID importId, int attempt, ImportProgressed progress) {
		boolean running = Boolean.TRUE.equals(this.transactions.execute((tx) -> {
			if (!this.imports.heartbeat(importId, attempt, progress.pagesFetched(), progress.invoicesFetched())) {
				return false;
			}
			this.outbox.append(Topics.IMPORT_PROGRESSED, progress);
			return true;
		}));
		if (!running) {
			throw new ImportAlreadyEnded(importId);
		}
	}

	/**
	 * Ends an import: records its outcome and appends its {@link ImportCompleted} in one transaction, unless it had
	 * already ended or another attempt owns it, in which case nothing changes and nothing is announced.
	 * @param request the request that started it
	 * @param attempt the attempt of the worker ending it
	 * @param failure why it failed, {@code null} when it succeeded
	 * @param pages pages read
	 * @param invoices invoices handed on by this attempt: each of the import's invoices once, whatever earlier
	 * attempts handed on (their records have the same event ids)
	 * @param changedDuringImport how many invoices of its range QuickBooks changed while it ran, {@code null} when not
	 * known
	 * @return {@code true} when this call ended it
	 */
	boolean complete(ImportRequested request, int attempt, @Nullable Failure failure, int pages, long invoices,
			@Nullable Long changedDuringImport) {
		UUID importId = request.metadata().importId();
		ImportCompleted completed = new ImportCompleted(request.metadata().next(ImportCompleted.CONTRACT),
				failure == null, (failure != null) ? failure.reason() : null, (failure != null) ? failure.detail() : null,
				pages, invoices, changedDuringImport);
		boolean ended = Boolean.TRUE.equals(this.transactions.execute((tx) -> {
			if (!this.imports.finish(importId, attempt, completed.failureReason(), pages, invoices)) {
				return false;
			}
			this.outbox.append(Topics.IMPORT_COMPLETED, completed);
			return true;
		}));
		if (!ended) {
			logger.warn("Import {} had already ended or was taken over; the late outcome of attempt {} ({}) is dropped",
					importId, attempt, completed.succeeded() ? "succeeded" : completed.failureReason());
		}
		return ended;
	}

	/**
	 * Takes over the imports whose worker died (the service stopped mid-import) and fetches each again from the start
	 * on this instance under its next attempt; one that had all its attempts (or was taken on before requests were
	 * kept) is failed instead, so that import-service is not left waiting: marked failed with its
	 * {@link ImportCompleted} ({@code UNEXPECTED}) in one transaction. Safe to run on every instance at once: each
	 * abandoned import is taken by exactly one ({@code for update skip locked}).
	 */
	@Scheduled(fixedDelayString = "${pipeline.connector.imports.sweep-interval}",
			initialDelayString = "${pipeline.connector.imports.sweep-interval}")
	public void resumeAbandoned() {
		List<Imports.Resumed> resumed = this.transactions
			.execute((tx) -> this.imports.resumeAbandoned(this.properties.lease(), this.properties.maxAttempts()));
		for (Imports.Resumed taken : (resumed != null) ? resumed : List.<Imports.Resumed>of()) {
			logger.warn("Import {} of connection {} stopped without finishing (its worker is gone); fetching it again "
					+ "here, attempt {} of {}", taken.importId(), taken.request().metadata().connectionId(),
					taken.attempt(), this.properties.maxAttempts());
			queue(taken.request(), taken.attempt());
		}
		List<Imports.Abandoned> failed = this.transactions.execute((tx) -> {
			List<Imports.Abandoned> abandoned = this.imports.failAbandoned(this.properties.lease());
			this.outbox.append(abandoned.stream()
				.map((candidate) -> OutboxEntry.of(Topics.IMPORT_COMPLETED, candidate.completed()))
				.toList());
			return abandoned;
		});
		for (Imports.Abandoned abandoned : (failed != null) ? failed : List.<Imports.Abandoned>of()) {
			logger.warn("Import {} of connection {} stopped without finishing after {} attempt(s); reported it failed",
					abandoned.importId(), abandoned.connectionId(), abandoned.attempts());
		}
	}

	/**
	 * Renews the lease of the imports this instance runs or has queued for a worker thread, however long their
	 * current QuickBooks call, wait for the company's budget or hand-off takes, so that the sweep of any instance
	 * leaves them alone while this instance lives; if it dies, their lease runs out and another instance takes them
	 * over.
	 */
	@Scheduled(fixedRateString = "${pipeline.connector.imports.keep-alive-interval:20s}",
			initialDelayString = "${pipeline.connector.imports.keep-alive-interval:20s}")
	public void keepAlive() {
		Map<UUID, Integer> mine = Map.copyOf(this.held);
		if (!mine.isEmpty()) {
			int alive = this.imports.keepAlive(mine);
			logger.debug("Renewed the lease of {} of {} imports held here", alive, mine.size());
		}
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while (cause instanceof CompletionException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * Why an import failed, in the creditor's terms.
	 */
	record Failure(ImportFailureReason reason, String detail) {

		static Failure of(Throwable failure) {
			if (failure instanceof PublishFailed) {
				return new Failure(ImportFailureReason.UNEXPECTED,
						"The connector could not hand the invoices on (the message broker did not acknowledge them "
								+ "in time); try again");
			}
			if (failure instanceof TokenExpired) {
				return new Failure(ImportFailureReason.TOKEN_EXPIRED,
						"QuickBooks no longer accepts this connection; reconnect the company");
			}
			if (failure instanceof TokenRefreshFailed refresh && refresh.clientRejected()) {
				return new Failure(ImportFailureReason.UNEXPECTED,
						"Intuit rejected the connector's own app credentials (invalid_client): the QuickBooks client id "
								+ "or secret is misconfigured; an administrator must fix it (reconnecting will not help)");
			}
			if (failure instanceof AppAllowanceExhausted allowance) {
				String tid = (allowance.intuitTid() != null) ? " (intuit_tid " + allowance.intuitTid() + ")" : "";
				return new Failure(ImportFailureReason.RATE_LIMITED,
						"QuickBooks refuses further calls from this app although the company's limits were kept: the "
								+ "app's monthly API call allowance is used up; an administrator must raise the Intuit "
								+ "app tier, or imports resume next month" + tid);
			}
			if (failure instanceof TokenRefreshFailed) {
				return new Failure(ImportFailureReason.QBO_UNAVAILABLE,
						"QuickBooks' sign-in service could not be reached; try again later");
			}
			if (failure instanceof CallNotPermittedException) {
				return new Failure(ImportFailureReason.QBO_UNAVAILABLE,
						"QuickBooks kept failing for this company, calls are paused (circuit breaker open); "
								+ "try again later");
			}
			if (failure instanceof BulkheadFullException || failure instanceof RealmBudgetExhausted) {
				return new Failure(ImportFailureReason.RATE_LIMITED,
						"Too many QuickBooks requests for this company right now; try again later");
			}
			if (failure instanceof QuickBooksCallFailed call) {
				String tid = (call.intuitTid() != null) ? " (intuit_tid " + call.intuitTid() + ")" : "";
				if (call.wrongCluster()) {
					return new Failure(ImportFailureReason.QBO_UNAVAILABLE,
							"QuickBooks answered from a data centre that does not hold this company (Accessing Wrong "
									+ "Cluster, code 130); the connection is fine, try again later" + tid);
				}
				if (call.forbidden()) {
					return new Failure(ImportFailureReason.PERMISSION_MISSING,
							"The connected QuickBooks user lacks the accounting permission; grant it in QuickBooks, "
									+ "then reconnect" + tid);
				}
				if (call.unauthorized()) {
					return new Failure(ImportFailureReason.TOKEN_EXPIRED,
							"QuickBooks rejected the connection's tokens; reconnect the company" + tid);
				}
				if (call.throttled()) {
					return new Failure(ImportFailureReason.RATE_LIMITED,
							"QuickBooks kept throttling this company; try again later" + tid);
				}
				if (call.outage()) {
					return new Failure(ImportFailureReason.QBO_UNAVAILABLE,
							"QuickBooks was unavailable; try again later" + tid);
				}
				return new Failure(ImportFailureReason.UNEXPECTED,
						"QuickBooks refused the request: HTTP " + call.status() + " " + call.fault().summary() + tid);
			}
			return new Failure(ImportFailureReason.UNEXPECTED,
					"The import stopped unexpectedly: " + failure.getClass().getSimpleName());
		}

	}

}
