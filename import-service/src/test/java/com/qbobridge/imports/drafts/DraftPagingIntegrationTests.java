package com.qbobridge.imports.drafts;

import com.qbobridge.imports.jobs.ImportState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.imports.drafts.web.DraftPageView;
import com.qbobridge.imports.drafts.web.DraftView;
import com.qbobridge.imports.report.ReportPages;
import com.qbobridge.imports.support.ApiCalls;
import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.KafkaRecords;
import com.qbobridge.imports.support.RemoteServicesStub;
import com.qbobridge.imports.support.Upstream;
import com.qbobridge.imports.support.Users;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.schemas.mapping.CaseDraft;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import of a few hundred drafts, delivered through the real broker, read a page at a time: the database filters,
 * sorts and pages, the counts cover the whole import, and "all ready" means every page.
 */
@ImportServiceIntegrationTest
class DraftPagingIntegrationTests {

	private static final int INVOICES = 300;

	@Autowired
	RestTestClient client;

	ApiCalls acme;

	UUID importId;

	@BeforeEach
	void importAFewHundredDrafts() {
		this.acme = new ApiCalls(this.client, Users.ACME);
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Paging Supplies", "ACTIVE");
		this.importId = this.acme.start(connection, "DUE_DATE", "2026-01-01", "2026-12-31").importId();
		ConsumerRecord<String, String> record = KafkaRecords
			.await(Topics.IMPORT_REQUESTED, (r) -> r.value().contains(this.importId.toString()), 1)
			.get(0);
		ImportRequested requested = EventJson.mapper().readValue(record.value(), ImportRequested.class);
		Upstream upstream = new Upstream("acme", connection, this.importId,
				Upstream.of("acme", connection, this.importId).realmId(), requested.metadata().correlationId());
		for (int i = 1; i <= INVOICES; i++) {
			// Scrambled so that every column orders the invoices differently from their sequence.
			String number = String.format("INV-%04d", (i * 37) % 1000);
			String debtor = ((i % 2 == 0) ? "debtor " : "Debtor ") + String.format("%03d", (i * 7) % INVOICES);
			String amount = ((i * 13) % INVOICES + 1) + ".50";
			LocalDate due = LocalDate.of(2026, 1, 1).plusDays((i * 11) % INVOICES);
			if (i % 10 == 0) {
				upstream.rejected(upstream.draftWithoutPostalCode("p" + i, number, debtor, amount, due), i);
			}
			else {
				upstream.drafted(upstream.validDraft("p" + i, number, debtor, amount, due), i);
			}
		}
		upstream.progressed(3, INVOICES, (long) INVOICES);
		upstream.completed(3, INVOICES);
		this.acme.awaitJob(this.importId, (job) -> job.state() == ImportState.READY);
	}

	@Test
	void pagesCoverTheImportOnceWithCountsOfTheWholeImport() {
		DraftPageView first = this.acme.draftPage(this.importId, "");
		assertThat(first.page()).isZero();
		assertThat(first.size()).isEqualTo(50);
		assertThat(first.totalElements()).isEqualTo(INVOICES);
		assertThat(first.totalPages()).isEqualTo(6);
		assertThat(first.counts()).isEqualTo(new DraftPageView.Counts(300, 270, 30, 0));
		assertThat(first.content()).extracting(DraftView::sequence).containsExactlyElementsOf(range(1, 50));

		List<Long> sequences = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			DraftPageView view = this.acme.draftPage(this.importId, "?size=80&page=" + page);
			assertThat(view.totalPages()).isEqualTo(4);
			view.content().forEach((draft) -> sequences.add(draft.sequence()));
		}
		assertThat(sequences).containsExactlyElementsOf(range(1, INVOICES));
		assertThat(this.acme.draftPage(this.importId, "?size=80&page=4").content()).isEmpty();

		DraftPageView attention = this.acme.draftPage(this.importId, "?status=needs-attention&size=20&page=1");
		assertThat(attention.totalElements()).isEqualTo(30);
		assertThat(attention.totalPages()).isEqualTo(2);
		assertThat(attention.counts().all()).isEqualTo(INVOICES);
		assertThat(attention.content()).hasSize(10)
			.allSatisfy((draft) -> assertThat(draft.status()).isEqualTo(DraftState.NEEDS_ATTENTION));
	}

	@Test
	void theReportIsPagedInInvoiceOrderWithTheWholeImportsTotal() {
		List<Long> sequences = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			ReportPages.Page view = this.client.get()
				.uri("/api/imports/{id}/report/pages?size=80&page=" + page, this.importId)
				.headers(Users.ACME)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(ReportPages.Page.class)
				.returnResult()
				.getResponseBody();
			assertThat(view.totalElements()).isEqualTo(INVOICES);
			assertThat(view.totalPages()).isEqualTo(4);
			view.content().forEach((line) -> sequences.add(line.sequence()));
		}
		assertThat(sequences).containsExactlyElementsOf(range(1, INVOICES));
	}

	@Test
	void everyColumnIsSortedAcrossPagesInBothDirections() {
		Map<String, Comparator<DraftView>> columns = Map.of("invoiceNumber",
				Comparator.comparing(DraftView::invoiceNumber, String.CASE_INSENSITIVE_ORDER), "debtor",
				Comparator.comparing(DraftView::debtorName, String.CASE_INSENSITIVE_ORDER), "amount",
				Comparator.comparing(DraftView::amount), "dueDate", Comparator.comparing(DraftView::dueDate),
				"daysOverdue", Comparator.comparingLong(DraftView::daysOverdue), "status",
				Comparator.comparing(DraftView::status));
		columns.forEach((column, order) -> {
			for (String direction : List.of("asc", "desc")) {
				Comparator<DraftView> expected = "asc".equals(direction) ? order : order.reversed();
				List<DraftView> whole = new ArrayList<>();
				for (int page = 0; page < 3; page++) {
					whole.addAll(this.acme
						.draftPage(this.importId, "?sort=" + column + "&direction=" + direction + "&size=100&page=" + page)
						.content());
				}
				assertThat(whole).as(column + " " + direction).hasSize(INVOICES).isSortedAccordingTo(expected);
				assertThat(whole).extracting(DraftView::draftId).doesNotHaveDuplicates();
			}
		});
		List<DraftView> readyByAmount = this.acme.drafts(this.importId, "?status=ready&sort=amount&direction=desc&size=500");
		assertThat(readyByAmount).hasSize(270).isSortedAccordingTo(Comparator.comparing(DraftView::amount).reversed());
		assertThat(readyByAmount.get(0).amount()).isEqualByComparingTo(new BigDecimal("300.50"));
	}

	@Test
	void badPagesAreRefusedWithTheField() {
		for (String query : List.of("?size=501", "?size=0", "?page=-1", "?sort=colour", "?direction=up")) {
			String field = query.substring(1, query.indexOf('='));
			this.client.get()
				.uri("/api/imports/{id}/drafts" + query, this.importId)
				.headers(Users.ACME)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(field);
		}
		assertThat(this.acme.draftPage(this.importId, "?size=500").content()).hasSize(INVOICES);
	}

	@Test
	void allReadyMeansEveryReadyDraftOnEveryPageAndIsApprovedAtOnce() {
		List<UUID> readyIds = this.acme.draftIds(this.importId, "ready");
		assertThat(readyIds).hasSize(270).doesNotHaveDuplicates();
		List<UUID> readyOnPages = new ArrayList<>();
		for (int page = 0; page < 6; page++) {
			this.acme.drafts(this.importId, "?status=ready&page=" + page)
				.forEach((draft) -> readyOnPages.add(draft.draftId()));
		}
		assertThat(new HashSet<>(readyIds)).isEqualTo(new HashSet<>(readyOnPages));

		approve(Map.of("allReady", true, "draftIds", readyIds.subList(0, 1))).expectStatus().isBadRequest();
		approve(Map.of()).expectStatus().isBadRequest();
		DraftView[] approved = approve(Map.of("allReady", true)).expectStatus()
			.isAccepted()
			.expectBody(DraftView[].class)
			.returnResult()
			.getResponseBody();
		assertThat(approved).extracting(DraftView::draftId).containsExactlyInAnyOrderElementsOf(readyIds);
		assertThat(this.acme.draftPage(this.importId, "").counts()).isEqualTo(new DraftPageView.Counts(300, 0, 30, 270));
		assertThat(this.acme.draftIds(this.importId, "ready")).isEmpty();
		KafkaRecords.await(Topics.CASE_DRAFT_APPROVED, (r) -> r.value().contains(this.importId.toString()), 270);

		// Nothing ready is left: approving "all ready" again is a conflict, not an empty success.
		approve(Map.of("allReady", true)).expectStatus().isEqualTo(409);
	}

	private RestTestClient.ResponseSpec approve(Map<String, Object> body) {
		return this.acme.approval(this.importId, body);
	}

	private static List<Long> range(long from, long to) {
		List<Long> values = new ArrayList<>();
		for (long value = from; value <= to; value++) {
			values.add(value);
		}
		return values;
	}

}
