package com.qbobridge.imports.jobs;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.qbobridge.imports.jobs.web.ImportView;
import com.qbobridge.imports.support.ApiCalls;
import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.imports.support.Users;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every import ends (GH-12): the scheduled sweep (every 300 ms here, stall after 2 minutes) fails an import that
 * stopped moving as {@code STALLED} and leaves one that still receives drafts alone. Instead of waiting two minutes,
 * the tests move an import's last progress into the past, as if it had been silent that long.
 */
@ImportServiceIntegrationTest
class StalledImportIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportsProperties properties;

	ApiCalls acme;

	UUID connection;

	@BeforeEach
	void setUp() {
		this.acme = new ApiCalls(this.client, Users.ACME);
		this.connection = RemoteServicesStub.get().addConnection("acme", "Craig's Design and Landscaping", "ACTIVE");
	}

	@Test
	void anImportWhoseCompletionNeverArrivesFailsAsStalledWithRetryOfferedAndALateCompletionChangesNothing() {
		UUID importId = fetching("2025-01-01", "2025-01-31");
		Upstream upstream = Upstream.of("acme", this.connection, importId);
		upstream.drafted(upstream.validDraft("701", "7001", "Silent Foods", "80.00", LocalDate.of(2025, 1, 20)), 1);
		this.acme.awaitDrafts(importId, (drafts) -> drafts.size() == 1);

		lastProgress(importId, OffsetDateTime.now().minusHours(1));

		ImportView stalled = this.acme.awaitJob(importId, (job) -> job.state() == ImportState.FAILED);
		assertThat(stalled.failure().reason()).isEqualTo(FailureReason.STALLED);
		assertThat(stalled.failure().action()).isEqualTo("TRY_LATER");
		assertThat(stalled.failure().message())
			.isEqualTo("The import stopped moving: nothing arrived from QuickBooks.");
		assertThat(stalled.failure().detail()).isEqualTo("Nothing arrived from QuickBooks for 2 minutes.");

		// A late completion is ignored as after any failure: the verdict stands, nothing is resurrected.
		upstream.completed(1, 1);
		upstream.drafted(upstream.validDraft("702", "7002", "Late Foods", "90.00", LocalDate.of(2025, 1, 21)), 2);
		this.acme.awaitDrafts(importId, (drafts) -> drafts.size() == 2);
		Awaitility.await()
			.during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.acme.job(importId).state()).isEqualTo(ImportState.FAILED));
		assertThat(this.acme.job(importId).failure().reason()).isEqualTo(FailureReason.STALLED);
	}

	@Test
	void anImportStillReceivingDraftsIsLeftAlone() {
		UUID importId = fetching("2025-02-01", "2025-02-28");
		Upstream upstream = Upstream.of("acme", this.connection, importId);
		// Four seconds short of stalled: without the draft below counting as progress it would fail within seconds.
		lastProgress(importId, OffsetDateTime.now().minus(this.properties.stallAfter()).plusSeconds(4));

		upstream.drafted(upstream.validDraft("711", "7101", "Busy Foods", "80.00", LocalDate.of(2025, 2, 20)), 1);
		this.acme.awaitDrafts(importId, (drafts) -> drafts.size() == 1);

		Awaitility.await()
			.during(Duration.ofSeconds(6))
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.acme.job(importId).state()).isEqualTo(ImportState.FETCHING));
		assertThat(this.acme.job(importId).failure()).isNull();
	}

	@Test
	void aStalledImportCanBeRetriedAndTheRetryCompletes() {
		UUID importId = fetching("2025-03-01", "2025-03-31");
		lastProgress(importId, OffsetDateTime.now().minusHours(1));
		this.acme.awaitJob(importId, (job) -> job.state() == ImportState.FAILED);

		ImportView retry = this.client.post()
			.uri("/api/imports/{id}/retry", importId)
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ImportView.class)
			.returnResult()
			.getResponseBody();
		assertThat(retry.retryOf()).isEqualTo(importId);
		assertThat(retry.state()).isEqualTo(ImportState.REQUESTED);

		Upstream again = Upstream.of("acme", this.connection, retry.importId());
		again.progressed(1, 1, 1L);
		again.drafted(again.validDraft("721", "7201", "Retried Foods", "80.00", LocalDate.of(2025, 3, 20)), 1);
		again.completed(1, 1);
		ImportView ready = this.acme.awaitJob(retry.importId(), (job) -> job.state() == ImportState.READY);
		assertThat(ready.failure()).isNull();
	}

	/** Starts an import and waits until connector-service's first progress made it {@code FETCHING}. */
	private UUID fetching(String from, String to) {
		UUID importId = this.acme.start(this.connection, "DUE_DATE", from, to).importId();
		Upstream.of("acme", this.connection, importId).progressed(1, 2, 2L);
		this.acme.awaitJob(importId, (job) -> job.state() == ImportState.FETCHING);
		return importId;
	}

	private void lastProgress(UUID importId, OffsetDateTime at) {
		this.jdbc.sql("update import_jobs set last_progress_at = ? where import_id = ?").params(at, importId).update();
	}

}
