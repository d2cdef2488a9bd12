package com.qbobridge.imports.drafts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.jobs.ImportState;
import com.qbobridge.imports.jobs.web.ImportView;
import com.qbobridge.imports.report.InvoiceFate;
import com.qbobridge.imports.report.ReportEntry;
import com.qbobridge.imports.support.ApiCalls;
import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.KafkaRecords;
import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.imports.support.Users;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.InvoiceNotDrafted;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Draft intake a poll at a time on the real broker and database: a batch of drafts is stored once, and the same
 * batch delivered again creates nothing twice and undoes nothing the creditor did in between.
 */
@ImportServiceIntegrationTest
class DraftIntakeIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DraftApproval approval;

	@Test
	void aRedeliveredBatchCreatesNothingTwice() {
		ApiCalls acme = new ApiCalls(this.client, Users.ACME);
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Batch Co", "ACTIVE");
		ImportView started = acme.start(connection, "DUE_DATE", "2020-01-01", "2020-12-31");
		UUID importId = started.importId();
		Upstream upstream = Upstream.of("acme", connection, importId);
		List<CaseDrafted> batch = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			batch.add(upstream.drafted(upstream.validDraft("b" + i, "B-" + i, "Debtor " + i, "10.00",
					LocalDate.of(2020, 3, 1)), i));
		}
		acme.awaitDrafts(importId, (drafts) -> drafts.size() == 40);
		UUID approvedDraft = batch.get(0).draft().draftId();
		this.approval.approve(new Caller("acme", "creditor@example.com"), importId, List.of(approvedDraft));

		// The same records again, as after a rebalance before the offsets were committed.
		batch.forEach((event) -> KafkaRecords.publish(Topics.CASE_DRAFTED, event));
		upstream.completed(1, 40);

		ImportView ready = acme.awaitJob(importId, (job) -> job.state() == ImportState.READY);
		assertThat(ready.invoicesReported()).isEqualTo(40);
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> processed(batch) == 40);
		assertThat(this.jdbc.sql("select count(*) from drafts where import_id = ?").param(importId)
			.query(Long.class).single()).isEqualTo(40);
		List<ReportEntry> report = acme.report(importId);
		assertThat(report).hasSize(40);
		assertThat(report).filteredOn((entry) -> entry.invoiceId().equals("b1"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.fate()).isEqualTo(InvoiceFate.APPROVED));
		assertThat(this.jdbc.sql("select status from drafts where import_id = ? and draft_id = ?")
			.params(importId, approvedDraft).query(String.class).single()).isEqualTo("APPROVED");
	}

	@Test
	void anInvoiceMappingCouldNotReadCountsAsUnreadableAndTheImportBecomesReady() {
		ApiCalls acme = new ApiCalls(this.client, Users.ACME);
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Unreadable Co", "ACTIVE");
		UUID importId = acme.start(connection, "DUE_DATE", "2019-01-01", "2019-12-31").importId();
		Upstream upstream = Upstream.of("acme", connection, importId);
		upstream.drafted(upstream.validDraft("u1", "U-1", "Uniform Ltd", "10.00", LocalDate.of(2019, 3, 1)), 1);
		KafkaRecords.publish(Topics.INVOICE_NOT_DRAFTED, new InvoiceNotDrafted(
				upstream.metadata(InvoiceNotDrafted.CONTRACT), UUID.randomUUID(), "u2", "U-2", 2,
				"unreadable record: Unexpected character"));
		upstream.completed(1, 2);

		ImportView ready = acme.awaitJob(importId, (job) -> job.state() == ImportState.READY);
		assertThat(ready.invoicesReported()).isEqualTo(2);
		assertThat(acme.report(importId)).filteredOn((entry) -> entry.invoiceId().equals("u2"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.fate()).isEqualTo(InvoiceFate.UNREADABLE);
				assertThat(entry.detail()).contains("Unexpected character");
			});
	}

	@Test
	void anInvoiceNumberHoldingNulIsStoredWithAReplacementCharacterAndTheImportBecomesReady() {
		ApiCalls acme = new ApiCalls(this.client, Users.ACME);
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Nul Co", "ACTIVE");
		UUID importId = acme.start(connection, "DUE_DATE", "2018-01-01", "2018-12-31").importId();
		Upstream upstream = Upstream.of("acme", connection, importId);
		// PostgreSQL's text refuses NUL: before, this draft was dead-lettered and the import waited for it forever.
		upstream.drafted(upstream.validDraft("n1", "N\u0000-1", "November Ltd", "10.00", LocalDate.of(2018, 3, 1)), 1);
		upstream.drafted(upstream.validDraft("n2", "N-2", "November Ltd", "12.00", LocalDate.of(2018, 3, 1)), 2);
		upstream.completed(1, 2);

		ImportView ready = acme.awaitJob(importId, (job) -> job.state() == ImportState.READY);
		assertThat(ready.invoicesReported()).isEqualTo(2);
		assertThat(acme.report(importId)).filteredOn((entry) -> entry.invoiceId().equals("n1"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.invoiceNumber()).isEqualTo("N\uFFFD-1"));
	}

	private long processed(List<CaseDrafted> batch) {
		return this.jdbc.sql("select count(*) from processed_events where event_id in (:ids)")
			.param("ids", batch.stream().map((event) -> event.metadata().eventId()).toList())
			.query(Long.class)
			.single();
	}

}
