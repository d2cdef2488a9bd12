package com.qbobridge.imports.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.connections.ConnectionNotUsable;
import com.qbobridge.imports.connections.ConnectionState;
import com.qbobridge.imports.connections.ConnectorClient;
import com.qbobridge.imports.connections.RemoteConnection;
import com.qbobridge.messaging.consuming.ProcessedEvents;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.imports.ImportRequested;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * The import job lifecycle: starts, retries and discards them for a creditor, and moves them along as
 * connector-service reports progress and completion.
 */
@Service
public class ImportJobLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobLifecycle.class);

	private final ImportJobs jobs;

	private final ConnectorClient connector;

	private final Outbox outbox;

	private final ProcessedEvents processed;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ImportJobLifecycle(ImportJobs jobs, ConnectorClient connector, Outbox outbox,
			ProcessedEvents processed, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.jobs = jobs;
		this.connector = connector;
		this.outbox = outbox;
		this.processed = processed;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Starts an import of one of the account's connections.
	 * @param caller who asks, must not be null
	 * @param request what to import, must not be null
	 * @return the new job, {@code REQUESTED}
	 * @throws com.qbobridge.imports.connections.ConnectionNotFound if the account has no such connection
	 * @throws ConnectionNotUsable if the connection must be reconnected first
	 * @throws ImportAlreadyRunning if the same import is still running
	 */
	public ImportJob start(Caller caller, StartImport request) {
		Assert.notNull(caller, "caller must not be null");
		Assert.notNull(request, "request must not be null");
		requireUsable(caller, request.connectionId());
		return create(caller, request, null);
	}

	/**
	 * Runs a failed import again with the same filter; invoices that became cases in the meantime are skipped when
	 * their drafts arrive.
	 * @param caller who asks, must not be null
	 * @param importId the failed import
	 * @return the new job, which names the failed one in {@code retryOf}
	 * @throws ImportNotFound if the account has no such import
	 * @throws ImportStateConflict if the import did not fail
	 */
	public ImportJob retry(Caller caller, UUID importId) {
		ImportJob failed = get(caller, importId);
		if (failed.state() != ImportState.FAILED) {
			throw new ImportStateConflict("Only a failed import can be retried; this one is '"
					+ failed.state().label() + "'.");
		}
		requireUsable(caller, failed.connectionId());
		return create(caller, new StartImport(failed.connectionId(), failed.dateField(), failed.from(), failed.to()),
				failed.importId());
	}

	/**
	 * Discards an import: it stops counting as running, and its drafts that were not approved are deleted.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @return the discarded job
	 * @throws ImportNotFound if the account has no such import
	 */
	@Transactional
	public ImportJob discard(Caller caller, UUID importId) {
		get(caller, importId);
		ImportJob job = this.jobs.lock(importId).orElseThrow(() -> new ImportNotFound(importId));
		if (job.state() == ImportState.DISCARDED) {
			return job;
		}
		Instant now = this.clock.instant();
		this.jobs.changeState(importId, ImportState.DISCARDED, now);
		// Synchronous listeners delete the import's unapproved drafts in this transaction.
		this.events.publishEvent(new ImportDiscarded(importId, now));
		this.events.publishEvent(new ImportJobChanged(importId));
		return this.jobs.lock(importId).orElseThrow();
	}

	/**
	 * One of the account's imports.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @return the job
	 * @throws ImportNotFound if the account has no such import
	 */
	public ImportJob get(Caller caller, UUID importId) {
		return this.jobs.find(caller.accountId(), importId).orElseThrow(() -> new ImportNotFound(importId));
	}

	/**
	 * The account's imports, newest first.
	 * @param caller who asks, must not be null
	 * @return the jobs
	 */
	public List<ImportJob> all(Caller caller) {
		return this.jobs.all(caller.accountId());
	}

	@KafkaListener(id = "import-progressed", groupId = "import-service.import-progressed",
			topics = Topics.IMPORT_PROGRESSED)
	@Transactional
	public void on(ImportProgressed event) {
		UUID importId = ImportEvents.importIdOf(event);
		if (!this.processed.firstDelivery(event)) {
			return;
		}
		Optional<ImportJob> job = ownJob(importId, event.metadata());
		if (job.isEmpty()) {
			return;
		}
		ImportState state = job.get().state();
		if (state == ImportState.REQUESTED || state == ImportState.FETCHING) {
			this.jobs.progressed(importId, ImportState.FETCHING, event.pagesFetched(), event.invoicesFetched(),
					event.totalInvoices(), this.clock.instant());
			this.events.publishEvent(new ImportJobChanged(importId));
		}
	}

	@KafkaListener(id = "import-completed", groupId = "import-service.import-completed",
			topics = Topics.IMPORT_COMPLETED)
	@Transactional
	public void on(ImportCompleted event) {
		UUID importId = ImportEvents.importIdOf(event);
		if (!this.processed.firstDelivery(event)) {
			return;
		}
		Optional<ImportJob> job = ownJob(importId, event.metadata());
		if (job.isEmpty() || !job.get().state().running()) {
			return;
		}
		Instant now = this.clock.instant();
		ImportFailureReason reason = event.failureReason();
		if (event.succeeded() || reason == null) {
			this.jobs.fetchSucceeded(importId, event.pagesFetched(), event.invoicesFetched(), now);
			settle(importId, now);
		}
		else {
			this.jobs.failed(importId, FailureReason.of(reason), event.detail(), event.pagesFetched(),
					event.invoicesFetched(), now);
		}
		this.events.publishEvent(new ImportJobChanged(importId));
	}

	/**
	 * Moves a locked, running import whose fetch completed to {@code MAPPING} or, once every fetched invoice has its
	 * fate recorded, to {@code READY}.
	 */
	public void settle(UUID importId, Instant now) {
		ImportJob job = this.jobs.lock(importId).orElseThrow();
		ImportState next = job.settled();
		if (next != job.state()) {
			this.jobs.changeState(importId, next, now);
		}
	}

	/**
	 * Notes that drafts or fates of a locked import arrived: a requested import is fetching at the latest now, and
	 * one whose fetch completed may be ready.
	 * @param job the import as locked, must not be null
	 * @param now when
	 */
	public void drafted(ImportJob job, Instant now) {
		if (job.state() == ImportState.REQUESTED) {
			this.jobs.changeState(job.importId(), ImportState.FETCHING, now);
		}
		settle(job.importId(), now);
		this.events.publishEvent(new ImportJobChanged(job.importId()));
	}

	/**
	 * Locks the import an event names, if this service knows it for the event's account.
	 */
	public Optional<ImportJob> ownJob(UUID importId, EventMetadata metadata) {
		Optional<ImportJob> job = this.jobs.lock(importId);
		if (job.isEmpty() || !job.get().accountId().equals(metadata.accountId())) {
			logger.warn("Ignoring {} {} for unknown import {}", metadata.eventType(), metadata.eventId(), importId);
			return Optional.empty();
		}
		return job;
	}

	private void requireUsable(Caller caller, UUID connectionId) {
		RemoteConnection connection = this.connector.connection(caller, connectionId);
		ConnectionState state = ConnectionState.of(connection.status());
		if (!state.canImport()) {
			throw new ConnectionNotUsable(connectionId, state);
		}
	}

	private ImportJob create(Caller caller, StartImport request, @Nullable UUID retryOf) {
		try {
			return this.transactions.execute((status) -> {
				this.jobs.findRunning(caller.accountId(), request.connectionId(), request.dateField(), request.from(),
						request.to())
					.ifPresent((running) -> {
						throw new ImportAlreadyRunning(running.importId());
					});
				UUID importId = UUID.randomUUID();
				Instant now = this.clock.instant();
				ImportRequested requested = new ImportRequested(EventMetadata.first(ImportRequested.CONTRACT,
						caller.accountId(), request.connectionId(), importId), request.dateField(), request.from(),
						request.to());
				this.jobs.insert(new ImportJob(importId, caller.accountId(), request.connectionId(),
						request.dateField(), request.from(), request.to(), ImportState.REQUESTED, caller.username(), now,
						now, requested.metadata().correlationId(), 0, 0, null, false, null, null, retryOf, 0));
				this.outbox.append(Topics.IMPORT_REQUESTED, requested);
				if (retryOf != null) {
					this.events.publishEvent(new ImportRetried(retryOf, importId, now));
					this.events.publishEvent(new ImportJobChanged(retryOf));
				}
				return this.jobs.find(caller.accountId(), importId).orElseThrow();
			});
		}
		catch (DuplicateKeyException ex) {
			// Another request for the same filter won the race between the check and the insert.
			ImportJob running = this.jobs
				.findRunning(caller.accountId(), request.connectionId(), request.dateField(), request.from(),
						request.to())
				.orElseThrow(() -> ex);
			throw new ImportAlreadyRunning(running.importId());
		}
	}

}
