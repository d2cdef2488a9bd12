package com.qbobridge.imports.jobs;

import com.qbobridge.imports.drafts.DraftDisposal;
import com.qbobridge.imports.drafts.DraftState;
import com.qbobridge.imports.report.InvoiceFate;
import com.qbobridge.imports.report.ReportEntry;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.qbobridge.imports.drafts.web.DraftView;
import com.qbobridge.imports.jobs.web.ImportView;
import com.qbobridge.imports.support.ApiCalls;
import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.KafkaRecords;
import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.imports.support.Users;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.CaseDrafted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.qbobridge.imports.support.ApiCalls.hasFate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The whole life of imports on the real broker and database: upstream events are published as connector-service,
 * mapping-service and case-service would, and the job states, live progress, drafts, fixes, approvals, outcomes,
 * retries, discards, purges and dead letters are checked through the API and the topics.
 */
@ImportServiceIntegrationTest
class ImportPipelineIntegrationTests {

	private static final ExecutorService streams = Executors.newCachedThreadPool((runnable) -> {
		Thread thread = new Thread(runnable, "sse-reader");
		thread.setDaemon(true);
		return thread;
	});

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DraftDisposal draftDisposal;

	@LocalServerPort
	int port;

	ApiCalls acme;

	UUID connection;

	@BeforeEach
	void setUp() {
		this.acme = new ApiCalls(this.client, Users.ACME);
		this.connection = RemoteServicesStub.get().addConnection("acme", "Craig's Design and Landscaping", "ACTIVE");
	}

	@AfterAll
	static void stopReaders() {
		streams.shutdownNow();
	}

	@Test
	void importGoesFromRequestToReadyWithLiveProgressThenDraftsAreFixedApprovedAndBecomeCases() {
		ImportView started = this.acme.start(this.connection, "DUE_DATE", "2026-01-01", "2026-10-31");
		UUID importId = started.importId();
		List<ImportView> progress = openProgressStream(importId);
		ImportRequested requested = requested(importId);
		Upstream upstream = new Upstream("acme", this.connection, importId,
				Upstream.of("acme", this.connection, importId).realmId(), requested.metadata().correlationId());

		upstream.progressed(1, 2, 3L);
		ImportView fetching = this.acme.awaitJob(importId, (job) -> job.state() == ImportState.FETCHING);
		assertThat(fetching.percent()).isBetween(1, 99);

		CaseDraft zeta = upstream.validDraft("130", "1001", "Zeta Foods", "500.00", LocalDate.of(2026, 4, 13));
		CaseDraft alpha = upstream.validDraft("131", "1002", "Alpha Farms", "120.50", LocalDate.of(2026, 6, 1));
		CaseDraft mid = upstream.draftWithoutPostalCode("132", "1003", "Mid Hardware", "300.00",
				LocalDate.of(2026, 5, 1));
		upstream.drafted(zeta, 1);
		upstream.drafted(alpha, 2);
		CaseDrafted midDrafted = upstream.rejected(mid, 3);
		upstream.progressed(2, 3, 3L);
		upstream.completed(2, 3);

		ImportView ready = this.acme.awaitJob(importId, (job) -> job.state() == ImportState.READY);
		assertThat(ready.percent()).isEqualTo(100);
		assertThat(ready.invoicesFetched()).isEqualTo(3);
		assertThat(ready.invoicesReported()).isEqualTo(3);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !progress.isEmpty()
				&& progress.get(progress.size() - 1).state() == ImportState.READY);
		assertThat(progress).extracting(ImportView::state).contains(ImportState.FETCHING, ImportState.READY);
		assertThat(progress).extracting(ImportView::percent).isSorted().endsWith(100);

		// The table: every unpaid invoice with its status, sortable and filterable.
		List<DraftView> drafts = this.acme.drafts(importId, "");
		assertThat(drafts).extracting(DraftView::invoiceNumber).containsExactly("1001", "1002", "1003");
		assertThat(this.acme.drafts(importId, "?sort=amount&direction=desc")).extracting(DraftView::invoiceNumber)
			.containsExactly("1001", "1003", "1002");
		assertThat(this.acme.drafts(importId, "?sort=debtor")).extracting(DraftView::debtorName)
			.containsExactly("Alpha Farms", "Mid Hardware", "Zeta Foods");
		assertThat(this.acme.drafts(importId, "?status=ready")).extracting(DraftView::invoiceNumber)
			.containsExactly("1001", "1002");
		DraftView needsAttention = this.acme.drafts(importId, "?status=needs-attention").get(0);
		assertThat(needsAttention.invoiceNumber()).isEqualTo("1003");
		assertThat(needsAttention.status()).isEqualTo(DraftState.NEEDS_ATTENTION);
		assertThat(needsAttention.violations()).extracting("field").containsExactly("debtor.address.postalCode");
		DraftView first = drafts.get(0);
		assertThat(first.amount()).isEqualByComparingTo("500.00");
		assertThat(first.currency()).isEqualTo("USD");
		assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 4, 13));
		assertThat(first.daysOverdue())
			.isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2026, 4, 13), LocalDate.now(java.time.ZoneOffset.UTC)));

		// A draft that needs attention cannot be approved; nothing of the selection is.
		this.client.post()
			.uri("/api/imports/{id}/approvals", importId)
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("draftIds", List.of(zeta.draftId(), mid.draftId())))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/drafts-not-approvable")
			.jsonPath("$.refusals[0].draftId")
			.isEqualTo(mid.draftId().toString());
		assertThat(this.acme.drafts(importId, "?status=ready")).hasSize(2);

		// Fixing: a fix that still lacks the postal code keeps needing attention; the complete one is ready.
		DraftView stillMissing = fix(importId, mid, "");
		assertThat(stillMissing.status()).isEqualTo(DraftState.NEEDS_ATTENTION);
		assertThat(stillMissing.violations()).extracting("field").contains("debtor.address.postalCode");
		DraftView fixed = fix(importId, mid, "94326");
		assertThat(fixed.status()).isEqualTo(DraftState.READY);
		assertThat(fixed.violations()).isEmpty();
		assertThat(fixed.fixed()).isTrue();
		assertThat(fixed.draft().debtor().address().postalCode()).isEqualTo("94326");
		assertThat(fixed.draft().source()).isEqualTo(mid.source());

		// A redelivered draft event is recognised and does not undo the fix.
		KafkaRecords.publish(Topics.CASE_DRAFTED, midDrafted);
		awaitCaseDraftedPartitionHandled();
		assertThat(this.acme.drafts(importId, "?status=ready")).hasSize(3);

		// Create cases: one approval event per draft, keyed by connection + invoice, with the fix included.
		List<DraftView> approved = approve(importId, List.of(zeta.draftId(), alpha.draftId(), mid.draftId()));
		assertThat(approved).extracting(DraftView::status).containsOnly(DraftState.APPROVED);
		List<ConsumerRecord<String, String>> approvals = KafkaRecords.await(Topics.CASE_DRAFT_APPROVED,
				(r) -> r.value().contains(importId.toString()), 3);
		assertThat(approvals).hasSize(3).allSatisfy((record) -> {
			assertThat(record.key()).startsWith(this.connection + "/");
			assertThat(KafkaRecords.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("CaseDraftApproved");
			assertThat(record.headers().lastHeader("__TypeId__")).isNull();
		});
		List<CaseDraftApproved> events = approvals.stream()
			.map((r) -> EventJson.mapper().readValue(r.value(), CaseDraftApproved.class))
			.toList();
		assertThat(events).allSatisfy((event) -> {
			assertThat(event.approvedBy()).isEqualTo("api@acme.test");
			assertThat(event.metadata().correlationId()).isEqualTo(requested.metadata().correlationId());
			assertThat(event.metadata().accountId()).isEqualTo("acme");
		});
		assertThat(events).filteredOn((event) -> event.draft().draftId().equals(mid.draftId()))
			.singleElement()
			.satisfies((event) -> assertThat(event.draft().debtor().address().postalCode()).isEqualTo("94326"));
		assertThat(ApiCalls.hasFate(this.acme.report(importId), "130", "APPROVED")).isTrue();
		this.client.post()
			.uri("/api/imports/{id}/approvals", importId)
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("draftIds", List.of(zeta.draftId())))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.refusals[0].reason")
			.isEqualTo("Already approved.");

		// Outcomes as case-service reports them; drafts are gone once they became cases.
		UUID zetaCase = UUID.randomUUID();
		UUID midCase = UUID.randomUUID();
		UUID existingCase = UUID.randomUUID();
		upstream.caseCreated(zeta, zetaCase);
		upstream.caseCreated(mid, midCase);
		upstream.duplicate(alpha, existingCase);
		List<ReportEntry> report = this.acme.awaitReport(importId,
				(entries) -> hasFate(entries, "130", "CASE_CREATED") && hasFate(entries, "132", "CASE_CREATED")
						&& hasFate(entries, "131", "DUPLICATE"));
		assertThat(report).extracting(ReportEntry::invoiceId, ReportEntry::caseId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("130", zetaCase),
					org.assertj.core.groups.Tuple.tuple("131", existingCase),
					org.assertj.core.groups.Tuple.tuple("132", midCase));
		assertThat(report.get(1).detail()).isEqualTo("Already a case: " + existingCase);
		assertThat(this.acme.drafts(importId, "")).isEmpty();

		// case-service answers a redelivered approval with DUPLICATE naming the same case: the created case stands.
		CaseRejected redelivered = upstream.duplicate(zeta, zetaCase);
		awaitHandled(redelivered.metadata().eventId());
		assertThat(this.acme.report(importId)).filteredOn((entry) -> entry.invoiceId().equals("130"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.fate()).isEqualTo(InvoiceFate.CASE_CREATED);
				assertThat(entry.caseId()).isEqualTo(zetaCase);
			});
		assertThat(this.jdbc.sql("select count(*) from drafts where import_id = ?").param(importId)
			.query(Long.class).single()).isZero();

		// The report as CSV, every invoice with its fate.
		String csv = this.client.get()
			.uri("/api/imports/{id}/report.csv", importId)
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/csv")
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"import-.*-report.csv\"")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0))
			.isEqualTo("sequence,invoice_id,invoice_number,fate,fate_label,detail,case_id,draft_id,updated_at");
		assertThat(lines.get(1)).startsWith("1,130,1001,CASE_CREATED,Case created,Case created: " + zetaCase + ","
				+ zetaCase + "," + zeta.draftId());
		assertThat(lines.get(2)).startsWith("2,131,1002,DUPLICATE,Already a case,Already a case: " + existingCase);
	}

	@Test
	void failedImportSaysWhatToDoAndItsRetrySkipsInvoicesThatBecameCases() {
		ImportView started = this.acme.start(this.connection, "INVOICE_DATE", "2026-01-01", "2026-03-31");
		UUID importId = started.importId();
		Upstream upstream = Upstream.of("acme", this.connection, importId);
		CaseDraft x = upstream.validDraft("201", "2001", "Xenia Ltd", "250.00", LocalDate.of(2026, 3, 1));
		CaseDraft y = upstream.validDraft("202", "2002", "Yonder Inc", "75.00", LocalDate.of(2026, 3, 15));
		upstream.drafted(x, 1);
		upstream.drafted(y, 2);
		upstream.failed(ImportFailureReason.RATE_LIMITED, "QuickBooks answered 429 five times", 1, 2);

		ImportView failed = this.acme.awaitJob(importId, (job) -> job.state() == ImportState.FAILED);
		assertThat(failed.failure().action()).isEqualTo("TRY_LATER");
		assertThat(failed.failure().message()).isEqualTo("QuickBooks is limiting requests for this company right now.");
		assertThat(failed.failure().actionLabel()).isEqualTo("Try again in a few minutes.");
		assertThat(failed.failure().detail()).isEqualTo("QuickBooks answered 429 five times");
		this.acme.awaitDrafts(importId, (drafts) -> drafts.size() == 2);

		approve(importId, List.of(x.draftId()));
		UUID xCase = UUID.randomUUID();
		upstream.caseCreated(x, xCase);
		this.acme.awaitReport(importId, (report) -> hasFate(report, "201", "CASE_CREATED"));

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
		assertThat(retry.dateField()).isEqualTo(started.dateField());
		assertThat(retry.from()).isEqualTo(started.from());
		assertThat(retry.to()).isEqualTo(started.to());
		assertThat(requested(retry.importId()).metadata().connectionId()).isEqualTo(this.connection);
		assertThat(this.acme.drafts(importId, "")).isEmpty();
		assertThat(hasFate(this.acme.report(importId), "202", "RETRIED")).isTrue();

		Upstream again = Upstream.of("acme", this.connection, retry.importId());
		again.drafted(x, 1);
		again.drafted(y, 2);
		again.completed(1, 2);
		this.acme.awaitJob(retry.importId(), (job) -> job.state() == ImportState.READY);
		List<ReportEntry> report = this.acme.report(retry.importId());
		assertThat(report).filteredOn((entry) -> entry.invoiceId().equals("201"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.fate()).isEqualTo(InvoiceFate.ALREADY_A_CASE);
				assertThat(entry.caseId()).isEqualTo(xCase);
			});
		assertThat(this.acme.drafts(retry.importId(), "")).extracting(DraftView::invoiceId).containsExactly("202");

		this.client.post()
			.uri("/api/imports/{id}/retry", retry.importId())
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://qbobridge.com/problems/import-state-conflict");
	}

	@Test
	void aDraftCaseServiceRefusesAsInvalidNeedsAttentionAgainAndCanBeResubmitted() {
		ImportView started = this.acme.start(this.connection, "DUE_DATE", "2018-01-01", "2018-12-31");
		UUID importId = started.importId();
		Upstream upstream = Upstream.of("acme", this.connection, importId);
		CaseDraft draft = upstream.validDraft("601", "6001", "Tango GmbH", "640.00", LocalDate.of(2018, 8, 1));
		upstream.drafted(draft, 1);
		upstream.completed(1, 1);
		this.acme.awaitJob(importId, (job) -> job.state() == ImportState.READY);
		approve(importId, List.of(draft.draftId()));

		upstream.invalid(draft, "debtor.name", "The debtor's name is on a sanctions list");
		List<DraftView> drafts = this.acme.awaitDrafts(importId,
				(list) -> list.size() == 1 && list.get(0).status() == DraftState.NEEDS_ATTENTION);
		assertThat(drafts.get(0).violations()).extracting("field", "message")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("debtor.name",
					"The debtor's name is on a sanctions list"));
		assertThat(this.acme.report(importId)).singleElement().satisfies((entry) -> {
			assertThat(entry.fate()).isEqualTo(InvoiceFate.NEEDS_ATTENTION);
			assertThat(entry.detail()).isEqualTo("case-service refused it: The draft breaks a case rule");
		});

		DraftView fixed = fix(importId, draft, "94326");
		assertThat(fixed.status()).isEqualTo(DraftState.READY);
		assertThat(approve(importId, List.of(draft.draftId()))).extracting(DraftView::status)
			.containsExactly(DraftState.APPROVED);
	}

	@Test
	void permissionAndTokenFailuresAskForTheRightAction() {
		ImportView started = this.acme.start(this.connection, "DUE_DATE", "2025-01-01", "2025-12-31");
		Upstream.of("acme", this.connection, started.importId())
			.failed(ImportFailureReason.PERMISSION_MISSING, "403 from QuickBooks", 0, 0);
		assertThat(this.acme.awaitJob(started.importId(), (job) -> job.state() == ImportState.FAILED).failure()
			.action()).isEqualTo("GRANT_PERMISSION");

		ImportView second = this.acme.start(this.connection, "DUE_DATE", "2024-01-01", "2024-12-31");
		Upstream.of("acme", this.connection, second.importId())
			.failed(ImportFailureReason.TOKEN_EXPIRED, "invalid_grant", 0, 0);
		assertThat(this.acme.awaitJob(second.importId(), (job) -> job.state() == ImportState.FAILED).failure()
			.action()).isEqualTo("RECONNECT");
	}

	@Test
	void discardingDeletesTheDraftsAndLateEventsAreIgnored() {
		ImportView started = this.acme.start(this.connection, "DUE_DATE", "2023-01-01", "2023-12-31");
		UUID importId = started.importId();
		Upstream upstream = Upstream.of("acme", this.connection, importId);
		upstream.drafted(upstream.validDraft("301", "3001", "Papa LLC", "99.00", LocalDate.of(2023, 5, 1)), 1);
		this.acme.awaitDrafts(importId, (drafts) -> drafts.size() == 1);

		ImportView discarded = this.client.post()
			.uri("/api/imports/{id}/discard", importId)
			.headers(Users.ACME)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportView.class)
			.returnResult()
			.getResponseBody();
		assertThat(discarded.state()).isEqualTo(ImportState.DISCARDED);
		assertThat(this.acme.drafts(importId, "")).isEmpty();
		assertThat(hasFate(this.acme.report(importId), "301", "DISCARDED")).isTrue();

		CaseDrafted late = upstream.drafted(upstream.validDraft("302", "3002", "Quebec SA", "10.00",
				LocalDate.of(2023, 6, 1)), 2);
		ImportCompleted completed = upstream.completed(1, 2);
		awaitHandled(late.metadata().eventId());
		awaitHandled(completed.metadata().eventId());
		assertThat(this.acme.drafts(importId, "")).isEmpty();
		assertThat(this.acme.report(importId)).extracting(ReportEntry::invoiceId).containsExactly("301");
		assertThat(this.acme.job(importId).state()).isEqualTo(ImportState.DISCARDED);
	}

	@Test
	void draftsArePurgedAfterTheRetentionPeriod() {
		ImportView started = this.acme.start(this.connection, "DUE_DATE", "2022-01-01", "2022-12-31");
		UUID importId = started.importId();
		Upstream upstream = Upstream.of("acme", this.connection, importId);
		upstream.drafted(upstream.validDraft("401", "4001", "Romeo Co", "40.00", LocalDate.of(2022, 5, 1)), 1);
		this.acme.awaitDrafts(importId, (drafts) -> drafts.size() == 1);

		this.draftDisposal.purgeExpired();
		assertThat(this.acme.drafts(importId, "")).hasSize(1);

		int purged = this.draftDisposal.purgeReceivedBefore(Instant.now().plusSeconds(1));
		assertThat(purged).isGreaterThanOrEqualTo(1);
		assertThat(this.acme.drafts(importId, "")).isEmpty();
		assertThat(this.acme.report(importId)).singleElement().satisfies((entry) -> {
			assertThat(entry.fate()).isEqualTo(InvoiceFate.EXPIRED);
			assertThat(entry.detail()).contains("7 days");
		});
	}

	// GH-11: purgeExpired called an annotated method on itself, so drafts and fates were not written together.
	@Test
	void aPurgeThatCannotWriteTheFatesLeavesTheDraftsInPlace() {
		ImportView started = this.acme.start(this.connection, "DUE_DATE", "2021-01-01", "2021-12-31");
		UUID importId = started.importId();
		Upstream upstream = Upstream.of("acme", this.connection, importId);
		upstream.drafted(upstream.validDraft("451", "4501", "Sierra Ltd", "45.00", LocalDate.of(2021, 5, 1)), 1);
		this.acme.awaitDrafts(importId, (drafts) -> drafts.size() == 1);
		// A real database failure while the fate is written, for this import only.
		this.jdbc.sql("""
				create or replace function refuse_expired_fate() returns trigger language plpgsql as $$
				begin
				  if new.import_id = '%s' and new.fate = 'EXPIRED' then
				    raise exception 'the report refuses the fate';
				  end if;
				  return new;
				end $$""".formatted(importId)).update();
		this.jdbc.sql("create trigger refuse_expired_fate before update on import_report for each row"
				+ " execute function refuse_expired_fate()").update();
		try {
			assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> this.draftDisposal.purgeReceivedBefore(Instant.now().plusSeconds(1)));
		}
		finally {
			this.jdbc.sql("drop trigger refuse_expired_fate on import_report").update();
			this.jdbc.sql("drop function refuse_expired_fate()").update();
		}
		assertThat(this.acme.drafts(importId, "")).hasSize(1);
		assertThat(this.acme.report(importId)).singleElement()
			.satisfies((entry) -> assertThat(entry.fate()).isEqualTo(InvoiceFate.READY));

		this.draftDisposal.purgeReceivedBefore(Instant.now().plusSeconds(1));
		assertThat(this.acme.drafts(importId, "")).isEmpty();
		assertThat(this.acme.report(importId)).singleElement()
			.satisfies((entry) -> assertThat(entry.fate()).isEqualTo(InvoiceFate.EXPIRED));
	}

	@Test
	void unreadableOrMalformedEventsGoToTheDeadLetterTopicWithTheReason() {
		String key = UUID.randomUUID().toString();
		KafkaRecords.publishRaw(Topics.CASE_DRAFTED, key, "{not json");
		KafkaRecords.publishRaw(Topics.IMPORT_PROGRESSED, key,
				"{\"metadata\":{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"ImportProgressed\","
						+ "\"eventVersion\":1,\"occurredAt\":\"2026-01-01T00:00:00Z\",\"accountId\":\"acme\","
						+ "\"correlationId\":\"" + UUID.randomUUID() + "\"},\"pagesFetched\":1,\"invoicesFetched\":1}");

		ConsumerRecord<String, String> unreadable = KafkaRecords
			.await(Topics.deadLetter(Topics.CASE_DRAFTED), (r) -> key.equals(r.key()), 1)
			.get(0);
		assertThat(unreadable.value()).isEqualTo("{not json");
		assertThat(KafkaRecords.header(unreadable, "dlt-reason")).isNotBlank();
		assertThat(KafkaRecords.header(unreadable, "kafka_dlt-original-topic")).isEqualTo(Topics.CASE_DRAFTED);

		ConsumerRecord<String, String> noImport = KafkaRecords
			.await(Topics.deadLetter(Topics.IMPORT_PROGRESSED), (r) -> key.equals(r.key()), 1)
			.get(0);
		assertThat(KafkaRecords.header(noImport, "dlt-reason")).contains("has no importId");
	}

	private DraftView fix(UUID importId, CaseDraft original, String postalCode) {
		Map<String, Object> address = new java.util.HashMap<>();
		address.put("lines", List.of("4581 Finch St."));
		address.put("city", "Bayshore");
		address.put("region", "CA");
		address.put("postalCode", postalCode);
		address.put("country", "US");
		Map<String, Object> body = Map.of("creditorReference", original.creditorReference(), "caseDate",
				original.caseDate().toString(), "dueDate", original.dueDate().toString(), "amountToRecover",
				new BigDecimal("300.00"), "currency", "USD", "jurisdiction", "US", "debtor",
				Map.of("type", "COMPANY", "name", "Mid Hardware", "email", "billing@example.com", "phone",
						"+16505578463", "address", address));
		return this.client.put()
			.uri("/api/imports/{id}/drafts/{draft}", importId, original.draftId())
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(DraftView.class)
			.returnResult()
			.getResponseBody();
	}

	private List<DraftView> approve(UUID importId, List<UUID> draftIds) {
		return List.of(this.client.post()
			.uri("/api/imports/{id}/approvals", importId)
			.headers(Users.ACME)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("draftIds", draftIds))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(DraftView[].class)
			.returnResult()
			.getResponseBody());
	}

	private ImportRequested requested(UUID importId) {
		ConsumerRecord<String, String> record = KafkaRecords.await(Topics.IMPORT_REQUESTED,
				(r) -> r.value().contains(importId.toString()), 1).get(0);
		return EventJson.mapper().readValue(record.value(), ImportRequested.class);
	}

	/** Waits until a consumer recorded the event id, i.e. it handled or skipped the event. */
	private void awaitHandled(UUID eventId) {
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> this.jdbc
			.sql("select count(*) from processed_events where event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single() == 1);
	}

	/**
	 * Waits until everything published so far for this connection on {@code mapping.case-drafted} was handled: a
	 * marker on the same key lands on the same partition after it.
	 */
	private void awaitCaseDraftedPartitionHandled() {
		Upstream other = Upstream.of("acme", this.connection, UUID.randomUUID());
		CaseDrafted marker = other.drafted(other.validDraft("marker", "M", "Marker", "1.00", LocalDate.of(2026, 1, 1)),
				1);
		awaitHandled(marker.metadata().eventId());
	}

	private List<ImportView> openProgressStream(UUID importId) {
		List<ImportView> received = new CopyOnWriteArrayList<>();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/imports/" + importId + "/events"))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("api@acme.test:acme-secret".getBytes(StandardCharsets.UTF_8)))
			.build();
		HttpResponse<java.util.stream.Stream<String>> response;
		try {
			response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/event-stream"));
		streams.submit(() -> response.body().forEach((line) -> {
			if (line.startsWith("data:")) {
				received.add(EventJson.mapper().readValue(line.substring(5), ImportView.class));
			}
		}));
		return received;
	}

}
