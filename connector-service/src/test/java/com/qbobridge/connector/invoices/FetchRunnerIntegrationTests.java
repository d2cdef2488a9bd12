package com.qbobridge.connector.invoices;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.qbobridge.connector.ConnectorIntegrationTest;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.messaging.outbox.OutboxRelay;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of an import is decided once: whoever ends it first (its worker or the sweep) records the end and appends
 * the one {@link ImportCompleted} in the same transaction, and whoever comes later changes and appends nothing. An
 * abandoned import is taken over by exactly one sweep under its next attempt, after which its earlier worker changes
 * nothing, and it is failed once it was abandoned in every attempt. An import waiting for a worker thread keeps its
 * lease while this instance lives. The relay is stopped during each test, so that what was appended can be read from
 * the outbox.
 */
class FetchRunnerIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	FetchRunner fetches;

	@Autowired
	Imports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxRelay relay;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ConnectionManagement connections;

	@Autowired
	QuickBooksAccess quickBooks;

	@Autowired
	EventPublisher events;

	@Autowired
	QuickBooksApiProperties settings;

	@Autowired
	ImportsProperties properties;

	@BeforeEach
	void stopRelay() {
		this.relay.stop();
	}

	@AfterEach
	void startRelay() {
		this.relay.start();
	}

	@Test
	void aFinishAfterAFinalStateChangesNothingAndAppendsNothing() {
		ImportRequested request = request();
		UUID importId = request.metadata().importId();
		this.imports.begin(request);
		assertThat(this.fetches.complete(request, 1,
				new FetchRunner.Failure(ImportFailureReason.RATE_LIMITED, "throttled; try again later"), 2, 2000, null))
			.isTrue();

		assertThat(this.fetches.complete(request, 1, null, 9, 9000, null)).as("a second end").isFalse();

		assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.FAILED);
		assertThat(row(importId, "failure_reason")).isEqualTo("RATE_LIMITED");
		assertThat(row(importId, "invoices_fetched")).isEqualTo("2000");
		assertThat(completionsOf(importId)).singleElement()
			.satisfies((completed) -> assertThat(completed.failureReason()).isEqualTo(ImportFailureReason.RATE_LIMITED));
	}

	@Test
	void aLateWorkerCannotOverwriteFailedWithSucceeded() {
		ImportRequested request = request();
		UUID importId = request.metadata().importId();
		this.imports.begin(request);
		int last = this.properties.maxAttempts();
		this.jdbc.sql("update imports set attempt = ? where import_id = ?").params(last, importId).update();
		silence(importId);
		this.fetches.resumeAbandoned();
		assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.FAILED);

		boolean ended = this.fetches.complete(request, last, null, 4, 4000, null);

		assertThat(ended).isFalse();
		assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.FAILED);
		assertThat(row(importId, "failure_reason")).isEqualTo("UNEXPECTED");
		assertThat(this.imports.heartbeat(importId, last, 5, 5000)).as("its progress is not recorded either")
			.isFalse();
		assertThat(completionsOf(importId)).singleElement().satisfies((completed) -> {
			assertThat(completed.succeeded()).isFalse();
			assertThat(completed.failureReason()).isEqualTo(ImportFailureReason.UNEXPECTED);
			assertThat(completed.detail()).contains("try again");
		});
		assertThat(progressCountOf(importId)).isZero();
	}

	@Test // GH-12
	void takesOverAnAbandonedImportAndALateEarlierWorkerChangesNothing() {
		List<Runnable> waitingForAWorker = new ArrayList<>();
		FetchRunner sweeper = runnerQueueingInto(waitingForAWorker);
		ImportRequested request = request();
		UUID importId = request.metadata().importId();
		this.imports.begin(request);
		silence(importId);

		sweeper.resumeAbandoned();

		assertThat(this.imports.statusOf(importId)).as("taken over, not failed").isEqualTo(Imports.Status.RUNNING);
		assertThat(this.imports.attemptOf(importId)).isEqualTo(2);
		assertThat(completionsOf(importId)).isEmpty();
		assertThat(waitingForAWorker).isNotEmpty();
		// The first worker comes back (it was only frozen): nothing it does counts any more.
		assertThat(this.imports.alive(importId, 1)).isFalse();
		assertThat(this.imports.heartbeat(importId, 1, 3, 3000)).isFalse();
		assertThat(this.fetches.complete(request, 1, null, 3, 3000, null)).isFalse();
		assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.RUNNING);
		assertThat(row(importId, "invoices_fetched")).isEqualTo("0");
		assertThat(completionsOf(importId)).isEmpty();
		assertThat(progressCountOf(importId)).isZero();

		// The second attempt runs on the sweeper's worker and ends the import (here: its connection does not exist).
		waitingForAWorker.forEach(Runnable::run);
		assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.FAILED);
		assertThat(completionsOf(importId)).singleElement()
			.satisfies((completed) -> assertThat(completed.failureReason())
				.isEqualTo(ImportFailureReason.CONNECTION_NOT_FOUND));
	}

	@Test // GH-12
	void failsAnImportWhoseWorkerDiedInEveryAttempt() {
		List<Runnable> waitingForAWorker = new ArrayList<>();
		FetchRunner sweeper = runnerQueueingInto(waitingForAWorker);
		ImportRequested request = request();
		UUID importId = request.metadata().importId();
		this.imports.begin(request);

		for (int attempt = 2; attempt <= this.properties.maxAttempts(); attempt++) {
			silence(importId);
			sweeper.resumeAbandoned();
			assertThat(this.imports.attemptOf(importId)).isEqualTo(attempt);
			assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.RUNNING);
		}
		silence(importId);
		sweeper.resumeAbandoned();

		assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.FAILED);
		assertThat(this.imports.attemptOf(importId)).isEqualTo(this.properties.maxAttempts());
		assertThat(completionsOf(importId)).singleElement().satisfies((completed) -> {
			assertThat(completed.failureReason()).isEqualTo(ImportFailureReason.UNEXPECTED);
			assertThat(completed.detail()).contains(this.properties.maxAttempts() + " attempts").contains("try again");
		});
		// The attempts that never got a worker thread do nothing when they finally run.
		waitingForAWorker.forEach(Runnable::run);
		assertThat(completionsOf(importId)).hasSize(1);
		assertThat(row(importId, "failure_reason")).isEqualTo("UNEXPECTED");
	}

	@Test // GH-12
	void twoInstancesSweepingAtOnceTakeEachAbandonedImportOverOnce() {
		List<Runnable> first = Collections.synchronizedList(new ArrayList<>());
		List<Runnable> second = Collections.synchronizedList(new ArrayList<>());
		FetchRunner one = runnerQueueingInto(first::add);
		FetchRunner other = runnerQueueingInto(second::add);
		List<UUID> abandoned = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ImportRequested request = request();
			this.imports.begin(request);
			silence(request.metadata().importId());
			abandoned.add(request.metadata().importId());
		}

		CompletableFuture.allOf(CompletableFuture.runAsync(one::resumeAbandoned),
				CompletableFuture.runAsync(other::resumeAbandoned))
			.join();

		assertThat(abandoned).allSatisfy((importId) -> {
			assertThat(this.imports.attemptOf(importId)).as("taken over once").isEqualTo(2);
			assertThat(this.imports.statusOf(importId)).isEqualTo(Imports.Status.RUNNING);
		});
		assertThat(first.size() + second.size()).isGreaterThanOrEqualTo(abandoned.size());
	}

	@Test
	void keepsTheLeaseOfAnImportWaitingForAWorkerWhileThisInstanceLives() {
		List<Runnable> waitingForAWorker = new ArrayList<>();
		FetchRunner busy = runnerQueueingInto(waitingForAWorker);
		ImportRequested queued = request();
		UUID queuedId = queued.metadata().importId();
		ImportRequested orphaned = request();
		UUID orphanedId = orphaned.metadata().importId();
		busy.on(queued);
		this.imports.begin(orphaned);
		assertThat(waitingForAWorker).hasSize(1);

		// Both were accepted longer than a lease ago; only the queued one's instance is still there.
		silence(queuedId);
		silence(orphanedId);
		busy.keepAlive();
		busy.resumeAbandoned();

		assertThat(this.imports.statusOf(queuedId)).isEqualTo(Imports.Status.RUNNING);
		assertThat(this.imports.attemptOf(queuedId)).as("not taken over").isEqualTo(1);
		assertThat(completionsOf(queuedId)).isEmpty();
		assertThat(this.imports.attemptOf(orphanedId)).as("taken over").isEqualTo(2);

		// Once a worker takes it up, the import runs and ends as usual (here: its connection does not exist).
		waitingForAWorker.get(0).run();
		assertThat(this.imports.statusOf(queuedId)).isEqualTo(Imports.Status.FAILED);
		assertThat(completionsOf(queuedId)).singleElement()
			.satisfies((completed) -> assertThat(completed.failureReason())
				.isEqualTo(ImportFailureReason.CONNECTION_NOT_FOUND));
	}

	/** Another instance whose worker threads are all busy: what it queues waits in {@code queue}. */
	private FetchRunner runnerQueueingInto(List<Runnable> queue) {
		return runnerQueueingInto((Executor) queue::add);
	}

	private FetchRunner runnerQueueingInto(Executor queue) {
		return new FetchRunner(this.imports, this.connections, this.quickBooks, this.events, this.outbox,
				this.transactions, this.settings, queue, this.properties);
	}

	private long progressCountOf(UUID importId) {
		return this.jdbc.sql("select count(*) from outbox where topic = ? and payload::jsonb -> 'metadata' ->> "
				+ "'importId' = ?")
			.params(Topics.IMPORT_PROGRESSED, importId.toString())
			.query(Long.class)
			.single();
	}

	private static ImportRequested request() {
		return new ImportRequested(EventMetadata.first(ImportRequested.CONTRACT, "acct-" + UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID()), DateField.DUE_DATE, null, null);
	}

	/** Makes an import look silent for longer than the lease. */
	private void silence(UUID importId) {
		Duration longAgo = this.properties.lease().multipliedBy(2);
		this.jdbc.sql("update imports set heartbeat_at = now() - make_interval(secs => ?) where import_id = ?")
			.params((double) longAgo.toSeconds(), importId)
			.update();
	}

	private String row(UUID importId, String column) {
		return this.jdbc.sql("select " + column + "::text from imports where import_id = ?")
			.param(importId)
			.query(String.class)
			.single();
	}

	private List<ImportCompleted> completionsOf(UUID importId) {
		return this.jdbc.sql("select payload from outbox where topic = ? and payload::jsonb -> 'metadata' ->> "
				+ "'importId' = ? order by id")
			.params(Topics.IMPORT_COMPLETED, importId.toString())
			.query(String.class)
			.list()
			.stream()
			.map((payload) -> EventJson.mapper().readValue(payload, ImportCompleted.class))
			.toList();
	}

}
