package com.qbobridge.connector.invoices;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.messaging.EventPublisher;
import com.qbobridge.connector.messaging.UnreadableEvent;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.connector.oauth.TokenExpired;
import com.qbobridge.connector.oauth.TokenRefreshFailed;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.connector.quickbooks.QuickBooksCallFailed;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.imports.ImportRequested;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Takes import requests on exactly once (by import id) and runs each on a worker thread, so that a long import
 * neither blocks the consumer nor exceeds its poll interval; every import ends with one {@link ImportCompleted}
 * whose failure reason tells the creditor what to do.
 */
public class ImportManagement {

	private static final Logger logger = LoggerFactory.getLogger(ImportManagement.class);

	private final Imports imports;

	private final ConnectionManagement connections;

	private final QuickBooksAccess quickBooks;

	private final EventPublisher events;

	private final QuickBooksApiProperties settings;

	private final Executor workers;

	private final Duration lease;

	ImportManagement(Imports imports, ConnectionManagement connections, QuickBooksAccess quickBooks,
			EventPublisher events, QuickBooksApiProperties settings, Executor workers, Duration lease) {
		this.lease = lease;
		this.imports = imports;
		this.connections = connections;
		this.quickBooks = quickBooks;
		this.events = events;
		this.settings = settings;
		this.workers = workers;
	}

	/**
	 * Takes a request on: checks it, records it, and starts fetching unless it was seen before.
	 * @param request the request
	 * @throws UnreadableEvent when it lacks its connection or import id
	 */
	public void on(ImportRequested request) {
		UUID importId = request.metadata().importId();
		UUID connectionId = request.metadata().connectionId();
		if (importId == null || connectionId == null) {
			throw new UnreadableEvent("ImportRequested " + request.metadata().eventId()
					+ " lacks metadata.importId or metadata.connectionId");
		}
		if (!this.imports.begin(request)) {
			logger.warn("Import {} was requested again (event {}); it is running or done, not fetching twice",
					importId, request.metadata().eventId());
			return;
		}
		this.workers.execute(() -> run(request, importId, connectionId));
	}

	private void run(ImportRequested request, UUID importId, UUID connectionId) {
		Connection connection = this.connections.find(connectionId)
			.filter((candidate) -> candidate.belongsTo(request.metadata().accountId()))
			.filter((candidate) -> candidate.status() != ConnectionStatus.DISCONNECTED)
			.orElse(null);
		if (connection == null) {
			complete(request, ImportFailureReason.CONNECTION_NOT_FOUND,
					"The QuickBooks connection does not exist or was disconnected; connect the company", 0, 0);
			return;
		}
		InvoiceImport fetch = new InvoiceImport(request, connection,
				(query) -> {
					JsonNode response = this.quickBooks.query(connection, query, request.metadata());
					this.imports.alive(importId);
					return response;
				}, this.events, this.settings,
				(pages, published) -> this.imports.heartbeat(importId, pages, published));
		logger.info("Import {} of realm {} started ({} {}..{})", importId, connection.realmId(), request.dateField(),
				request.from(), request.to());
		try {
			fetch.run();
		}
		catch (RuntimeException ex) {
			Failure failure = Failure.of(unwrap(ex));
			logger.warn("Import {} of realm {} failed after {} invoices: {} ({})", importId, connection.realmId(),
					fetch.published(), failure.reason(), unwrap(ex).getMessage());
			complete(request, failure.reason(), failure.detail(), fetch.pages(), fetch.published());
			return;
		}
		if (connection.status() == ConnectionStatus.PERMISSION_MISSING) {
			this.connections.changeStatus(connectionId, ConnectionStatus.ACTIVE, "QuickBooks answered again",
					request.metadata());
		}
		logger.info("Import {} of realm {} fetched {} invoices in {} pages", importId, connection.realmId(),
				fetch.published(), fetch.pages());
		complete(request, null, null, fetch.pages(), fetch.published());
	}

	/**
	 * Fails the imports whose worker died (the service stopped mid-import), so that import-service is not left
	 * waiting: each gets an {@link ImportCompleted} with {@code UNEXPECTED}. Safe to run on every instance.
	 */
	@Scheduled(fixedDelayString = "${pipeline.connector.imports.sweep-interval}",
			initialDelayString = "${pipeline.connector.imports.sweep-interval}")
	public void failAbandoned() {
		for (Imports.Abandoned abandoned : this.imports.failAbandoned(this.lease)) {
			logger.warn("Import {} of connection {} stopped without finishing; reporting it failed",
					abandoned.importId(), abandoned.connectionId());
			UUID correlationId = (abandoned.correlationId() != null) ? abandoned.correlationId() : UUID.randomUUID();
			EventMetadata metadata = new EventMetadata(UUID.randomUUID(), ImportCompleted.CONTRACT.eventType(),
					ImportCompleted.CONTRACT.version(), Instant.now(), abandoned.accountId(), abandoned.connectionId(),
					abandoned.importId(), correlationId);
			this.events.publish(Topics.IMPORT_COMPLETED,
					new ImportCompleted(metadata, false, ImportFailureReason.UNEXPECTED,
							"The connector stopped while fetching this import; try again", abandoned.pages(),
							abandoned.invoices()));
		}
	}

	private void complete(ImportRequested request, @Nullable ImportFailureReason failure, @Nullable String detail,
			int pages, long invoices) {
		UUID importId = request.metadata().importId();
		try {
			this.events
				.publish(Topics.IMPORT_COMPLETED, new ImportCompleted(request.metadata().next(ImportCompleted.CONTRACT),
						failure == null, failure, detail, pages, invoices))
				.join();
		}
		finally {
			this.imports.finish(importId, failure, pages, invoices);
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
			if (failure instanceof TokenExpired) {
				return new Failure(ImportFailureReason.TOKEN_EXPIRED,
						"QuickBooks no longer accepts this connection; reconnect the company");
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
			if (failure instanceof RequestNotPermitted || failure instanceof BulkheadFullException) {
				return new Failure(ImportFailureReason.RATE_LIMITED,
						"Too many QuickBooks requests for this company right now; try again later");
			}
			if (failure instanceof QuickBooksCallFailed call) {
				String tid = (call.intuitTid() != null) ? " (intuit_tid " + call.intuitTid() + ")" : "";
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
