package com.qbobridge.cases.intake;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.qbobridge.cases.ApprovalSender;
import com.qbobridge.cases.Approvals;
import com.qbobridge.cases.CaseEvents;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseRejectionReason;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;
import com.qbobridge.testsupport.ServiceTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every approval is answered, also one whose case the database refuses: it becomes {@code CaseRejected}
 * {@code INVALID} with a reason in words, and the approvals behind it on the same partition become cases at once
 * instead of waiting behind a batch retried forever. Real broker, real PostgreSQL, the same setup as
 * {@link CaseIntakeIntegrationTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { ServiceTokens.VERIFY_WITH_TEST_KEY,
				"spring.datasource.hikari.connection-timeout=2000", "pipeline.messaging.consumer.retry-max-interval=2s",
				"pipeline.messaging.outbox.max-retry-interval=2s" })
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class })
@DirtiesContext
class PoisonApprovalIntegrationTests {

	/** Seconds, not the minutes of an unbounded retry: the poison must not hold up its partition. */
	private static final Duration PROMPTLY = Duration.ofSeconds(45);

	@Autowired
	JdbcClient jdbc;

	ApprovalSender sender;

	CaseEvents events;

	@BeforeEach
	void open() {
		this.sender = new ApprovalSender();
		this.events = CaseEvents.open();
	}

	@AfterEach
	void close() throws InterruptedException {
		this.sender.close();
		this.events.close();
	}

	@Test
	void answersAnApprovalWithACaseDateNoCaseCanHoldAndCreatesTheCaseBehindIt() throws Exception {
		// GH-12
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		UUID connection = approvals.connection(0);
		CaseDraftApproved poison = approvals.approve(withCaseDate(approvals.draft(1, "INV-1"), LocalDate.of(0, 1, 1)),
				connection);
		CaseDraftApproved valid = approvals.approve(approvals.draft(2, "INV-2"), connection);

		this.sender.send(List.of(poison, valid));

		await().atMost(PROMPTLY)
			.until(() -> this.events.rejected(account).size() >= 1 && this.events.created(account).size() >= 1);
		CaseRejected rejected = this.events.rejected(account).get(0);
		assertThat(rejected.draftId()).isEqualTo(poison.draft().draftId());
		assertThat(rejected.reason()).isEqualTo(CaseRejectionReason.INVALID);
		assertThat(rejected.existingCaseId()).isNull();
		assertThat(rejected.violations()).extracting(FieldIssue::field).contains("caseDate");
		// Whether the rules or the database refuse it, the creditor reads which value, and no SQL.
		assertThat(wording(rejected)).contains("0000-01-01").doesNotContainIgnoringCase("sql")
			.doesNotContain("out of range:", "ERROR");
		assertThat(this.events.created(account)).singleElement()
			.satisfies((created) -> assertThat(created.draftId()).isEqualTo(valid.draft().draftId()));
		assertThat(casesOf(account)).isEqualTo(1);
		assertThat(processed(poison)).isTrue();
	}

	@Test
	void answersAnApprovalTheDatabaseCannotHoldThoughTheRulesAllowItAndCreatesNothingTwiceOnRedelivery()
			throws Exception {
		// GH-12: a NUL character in the approver's name passes every rule (they check the draft), but PostgreSQL
		// cannot hold it, so the batch's insert fails and only handling the approvals one by one tells them apart.
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		UUID connection = approvals.connection(0);
		CaseDraftApproved before = approvals.approve(approvals.draft(1, "INV-1"), connection);
		CaseDraftApproved poison = new CaseDraftApproved(approvals.approve(approvals.draft(2, "INV-2"), connection)
			.metadata(), approvals.draft(2, "INV-2"), "user\u0000@" + account);
		CaseDraftApproved behind = approvals.approve(approvals.draft(3, "INV-3"), connection);
		List<CaseDraftApproved> batch = List.of(before, poison, behind);

		this.sender.send(batch);

		await().atMost(PROMPTLY)
			.until(() -> this.events.rejected(account).size() >= 1 && this.events.created(account).size() >= 2);
		CaseRejected rejected = this.events.rejected(account).get(0);
		assertThat(rejected.draftId()).isEqualTo(poison.draft().draftId());
		assertThat(rejected.reason()).isEqualTo(CaseRejectionReason.INVALID);
		assertThat(rejected.violations()).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo(StorageRefusal.UNSTORABLE_CHARACTER);
			assertThat(issue.field()).isEqualTo("approvedBy");
		});
		assertThat(rejected.detail()).contains("approvedBy", "U+0000")
			.doesNotContain("Unicode escape", "INV-1", "INV-3");
		assertThat(this.events.created(account)).extracting(CaseCreated::draftId)
			.containsExactlyInAnyOrder(before.draft().draftId(), behind.draft().draftId());
		assertThat(processed(poison)).isTrue();

		// The same records again, as after a lost offset commit.
		this.sender.send(batch);

		await().atMost(PROMPTLY).until(() -> duplicates(account).size() >= 3);
		assertThat(duplicates(account)).extracting((event) -> event.metadata().eventId())
			.containsExactlyInAnyOrderElementsOf(
					batch.stream().map((a) -> CaseIntake.redeliveryRejectionId(a.metadata().eventId())).toList());
		assertThat(duplicates(account)).filteredOn((event) -> event.draftId().equals(poison.draft().draftId()))
			.singleElement()
			.satisfies((event) -> assertThat(event.existingCaseId()).isNull());
		assertThat(this.events.created(account)).hasSize(2);
		assertThat(this.events.rejected(account)).filteredOn((e) -> e.reason() == CaseRejectionReason.INVALID)
			.hasSize(1);
		assertThat(casesOf(account)).isEqualTo(2);
	}

	@Test
	void answersAnApprovalWithAnAmountNoCaseCanHold() throws Exception {
		// GH-12
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		UUID connection = approvals.connection(0);
		CaseDraft draft = approvals.draft(1, "INV-1");
		BigDecimal huge = new BigDecimal("1E+1000000");
		CaseDraftApproved poison = approvals.approve(new CaseDraft(draft.draftId(), draft.source(),
				draft.creditorReference(), draft.caseDate(), draft.dueDate(), huge, huge, draft.currency(),
				draft.debtor(), draft.jurisdiction()), connection);
		CaseDraftApproved valid = approvals.approve(approvals.draft(2, "INV-2"), connection);

		this.sender.send(List.of(poison, valid));

		await().atMost(PROMPTLY)
			.until(() -> this.events.rejected(account).size() >= 1 && this.events.created(account).size() >= 1);
		CaseRejected rejected = this.events.rejected(account).get(0);
		assertThat(rejected.reason()).isEqualTo(CaseRejectionReason.INVALID);
		assertThat(rejected.violations()).extracting(FieldIssue::field).contains("amountToRecover");
		assertThat(wording(rejected)).hasSizeLessThan(2_000).doesNotContainIgnoringCase("sql");
		assertThat(casesOf(account)).isEqualTo(1);
	}

	private static CaseDraft withCaseDate(CaseDraft draft, LocalDate caseDate) {
		return new CaseDraft(draft.draftId(), draft.source(), draft.creditorReference(), caseDate, draft.dueDate(),
				draft.amountToRecover(), draft.invoiceTotal(), draft.currency(), draft.debtor(), draft.jurisdiction());
	}

	/** Everything a creditor reads about a rejection: its detail and the violations' messages. */
	private static String wording(CaseRejected rejected) {
		return String.join(" | ", Stream
			.concat(Stream.of(rejected.detail()), rejected.violations().stream().map(FieldIssue::message))
			.toList());
	}

	private List<CaseRejected> duplicates(String account) {
		return this.events.rejected(account)
			.stream()
			.filter((event) -> event.reason() == CaseRejectionReason.DUPLICATE)
			.toList();
	}

	private boolean processed(CaseDraftApproved approval) {
		return this.jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?")
			.param(approval.metadata().eventId())
			.query(Long.class)
			.single() == 1;
	}

	private long casesOf(String account) {
		return this.jdbc.sql("SELECT count(*) FROM collection_cases WHERE account_id = ?")
			.param(account)
			.query(Long.class)
			.single();
	}

}
