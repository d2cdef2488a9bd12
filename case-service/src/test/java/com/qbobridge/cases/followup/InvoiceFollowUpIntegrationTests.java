package com.qbobridge.cases.followup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.cases.ApprovalSender;
import com.qbobridge.cases.Approvals;
import com.qbobridge.cases.CaseEvents;
import com.qbobridge.cases.ContractSchema;
import com.qbobridge.cases.InvoiceChanges;
import com.qbobridge.cases.register.CaseHistory;
import com.qbobridge.cases.register.CaseHistoryEntry;
import com.qbobridge.cases.register.CaseId;
import com.qbobridge.cases.register.CollectionCase;
import com.qbobridge.cases.register.CollectionCases;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseChange;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.cases.CaseUpdated;
import com.qbobridge.schemas.connector.InvoiceChange;
import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.SourceReference;
import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;
import com.qbobridge.testsupport.ServiceTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Cases follow their invoices through the real broker and PostgreSQL: approvals become cases, then the connector's
 * {@code InvoiceChanged} events (paid, part-paid, voided, deleted, grown), delivered twice, out of order and for
 * invoices without a case, leave every case in the right state with its history, and publish one {@code CaseUpdated}
 * per change. Approvals with a phone number or e-mail address the rules only warn about become cases without them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { ServiceTokens.VERIFY_WITH_TEST_KEY,
				"pipeline.messaging.consumer.retry-max-interval=2s", "pipeline.messaging.outbox.max-retry-interval=2s" })
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class })
@DirtiesContext
class InvoiceFollowUpIntegrationTests {

	private static final Duration PROMPTLY = Duration.ofSeconds(60);

	private static final ContractSchema CASE_UPDATED_SCHEMA = ContractSchema.of(CaseUpdated.CONTRACT);

	private static final Instant T = Instant.parse("2026-12-01T14:03:11Z");

	@Autowired
	CollectionCases cases;

	@Autowired
	CaseHistory history;

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
	void casesFollowPaidPartPaidVoidedDeletedAndGrownInvoicesOnceAndInOrder() throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		List<CaseDraftApproved> sent = approvals.approvals(6);
		this.sender.send(sent);
		await().atMost(PROMPTLY).until(() -> this.jdbc
			.sql("SELECT count(*) FROM collection_cases WHERE account_id = ? AND status = 'SUBMITTED'")
			.param(account)
			.query(Long.class)
			.single() == 6);
		CollectionCase paid = caseOf(account, "0");
		CollectionCase partPaid = caseOf(account, "1");
		CollectionCase voided = caseOf(account, "2");
		CollectionCase deleted = caseOf(account, "3");
		CollectionCase grown = caseOf(account, "4");
		CollectionCase overtaken = caseOf(account, "5");

		InvoiceChanged paidInFull = InvoiceChanges.of(approvals, paid, InvoiceChange.PAID, "1", BigDecimal.ZERO, T);
		InvoiceChanged firstPayment = InvoiceChanges.of(approvals, partPaid, InvoiceChange.PARTIALLY_PAID, "1",
				new BigDecimal("1000.00"), T);
		InvoiceChanged secondPayment = InvoiceChanges.of(approvals, partPaid, InvoiceChange.PARTIALLY_PAID, "2",
				new BigDecimal("400.00"), T.plusSeconds(60));
		InvoiceChanged latest = InvoiceChanges.of(approvals, overtaken, InvoiceChange.PAID, "3", BigDecimal.ZERO,
				T.plusSeconds(120));
		InvoiceChanged older = InvoiceChanges.of(approvals, overtaken, InvoiceChange.PARTIALLY_PAID, "2",
				new BigDecimal("100.00"), T.plusSeconds(60));
		InvoiceChanged noCase = InvoiceChanges.of(approvals, withInvoice(paid, "no-such-invoice"),
				InvoiceChange.PAID, "9", BigDecimal.ZERO, T);
		this.sender.sendChanges(List.of(paidInFull, firstPayment, secondPayment,
				InvoiceChanges.of(approvals, voided, InvoiceChange.VOIDED, "1", BigDecimal.ZERO, T),
				InvoiceChanges.of(approvals, deleted, InvoiceChange.DELETED, null, null, T),
				InvoiceChanges.of(approvals, grown, InvoiceChange.AMOUNT_CHANGED, "1", new BigDecimal("1900.00"), T),
				latest, older, noCase,
				// Repeats: the same record again, and the same version reported again by CDC under a new event id.
				paidInFull, InvoiceChanges.again(firstPayment), InvoiceChanges.again(latest)));

		await().atMost(PROMPTLY).until(() -> this.events.updated(account).size() >= 7);
		await().atMost(PROMPTLY).until(() -> processed(noCase));

		assertThat(caseOf(account, "0")).satisfies((c) -> {
			assertThat(c.status()).isEqualTo(CaseStatus.PAID_TO_CREDITOR);
			assertThat(c.amountToRecover()).isZero();
		});
		assertThat(caseOf(account, "1").amountToRecover()).isEqualByComparingTo("400.00");
		assertThat(this.history.of(partPaid.id())).extracting(CaseHistoryEntry::change, CaseHistoryEntry::syncToken)
			.containsExactly(tuple(CaseChange.AMOUNT_LOWERED, "1"),
					tuple(CaseChange.AMOUNT_LOWERED, "2"));
		assertThat(caseOf(account, "2").status()).isEqualTo(CaseStatus.ON_HOLD);
		assertThat(caseOf(account, "3").status()).isEqualTo(CaseStatus.ON_HOLD);
		assertThat(caseOf(account, "4")).satisfies((c) -> {
			assertThat(c.amountToRecover()).isEqualByComparingTo("1250.50");
			assertThat(c.quickBooksBalance()).isEqualByComparingTo("1900.00");
			assertThat(c.status()).isEqualTo(CaseStatus.SUBMITTED);
		});
		assertThat(caseOf(account, "5").status()).isEqualTo(CaseStatus.PAID_TO_CREDITOR);
		assertThat(this.history.of(overtaken.id())).singleElement()
			.extracting(CaseHistoryEntry::syncToken)
			.isEqualTo("3");

		// One CaseUpdated per change, none for repeats, the overtaken version or the invoice without a case.
		List<CaseUpdated> updates = this.events.updated(account);
		assertThat(updates).hasSize(7);
		assertThat(updates).extracting(CaseUpdated::change)
			.containsExactlyInAnyOrder(CaseChange.PAID_TO_CREDITOR, CaseChange.AMOUNT_LOWERED,
					CaseChange.AMOUNT_LOWERED, CaseChange.INVOICE_VOIDED, CaseChange.INVOICE_DELETED,
					CaseChange.BALANCE_INCREASED, CaseChange.PAID_TO_CREDITOR);
		CaseUpdated closed = updates.stream().filter((u) -> u.caseId().equals(paid.id().value())).findFirst()
			.orElseThrow();
		assertThat(closed.previousStatus()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(closed.status()).isEqualTo(CaseStatus.PAID_TO_CREDITOR);
		assertThat(closed.invoiceChangedEventId()).isEqualTo(paidInFull.metadata().eventId());
		assertThat(closed.metadata().correlationId()).isEqualTo(paidInFull.metadata().correlationId());
		assertThat(closed.detail()).isEqualTo("Paid in QuickBooks on 2026-12-01: closed as paid to the creditor");
		// Keyed like every case event: by connection.
		assertThat(this.events.records(Topics.CASE_UPDATED))
			.allSatisfy((record) -> assertThat(record.key()).doesNotContain("/"));
		// As published, each one matches the contract's JSON Schema, as a consumer without the records reads it.
		List<String> published = this.events.records(Topics.CASE_UPDATED)
			.stream()
			.map(ConsumerRecord::value)
			.filter((json) -> json.contains("\"" + account + "\""))
			.toList();
		assertThat(published).hasSize(7)
			.allSatisfy((json) -> assertThat(CASE_UPDATED_SCHEMA.validate(json)).as(json).isEmpty());
		// The schema is strict enough to tell: a payload without its change and amounts does not match.
		assertThat(CASE_UPDATED_SCHEMA.validate(published.get(0).replace("\"change\"", "\"changed\"")
			.replace("\"amountToRecover\"", "\"amount\""))).isNotEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM case_history h JOIN collection_cases c ON c.id = h.case_id"
				+ " WHERE c.account_id = ?").param(account).query(Long.class).single()).isEqualTo(7);
	}

	@Test
	void aPhoneNumberOrEmailTheRulesOnlyWarnAboutIsLeftOutOfTheCase() throws Exception {
		// Issue 14, point 6: an unusable contact value is a warning, dropped from the case; the case is created.
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		CaseDraft unusable = withContact(approvals.draft(1, "INV-1"), "not-an-address", "12");
		CaseDraft national = withContact(approvals.draft(2, "INV-2"), "ap@example.com", "(650) 557-8463");
		this.sender.send(List.of(approvals.approve(unusable, approvals.connection(1)),
				approvals.approve(national, approvals.connection(2))));

		await().atMost(PROMPTLY).until(() -> this.events.created(account).size() >= 2);

		assertThat(this.events.rejected(account)).isEmpty();
		Map<String, Object> first = contact(account, "1");
		assertThat(first.get("debtor_email")).isNull();
		assertThat(first.get("debtor_phone")).isNull();
		Map<String, Object> second = contact(account, "2");
		assertThat(second.get("debtor_email")).isEqualTo("ap@example.com");
		assertThat(second.get("debtor_phone")).isEqualTo("+16505578463");
		assertThat(this.events.created(account)).extracting(CaseCreated::debtorName)
			.containsExactlyInAnyOrder("Debtor 1 LLC", "Debtor 2 LLC");
	}

	private Map<String, Object> contact(String account, String invoiceId) {
		return this.jdbc
			.sql("SELECT debtor_email, debtor_phone FROM collection_cases WHERE account_id = ? AND invoice_id = ?")
			.params(account, invoiceId)
			.query()
			.singleRow();
	}

	private static CaseDraft withContact(CaseDraft draft, String email, String phone) {
		Debtor d = draft.debtor();
		return new CaseDraft(draft.draftId(), draft.source(), draft.creditorReference(), draft.caseDate(),
				draft.dueDate(), draft.amountToRecover(), draft.invoiceTotal(), draft.currency(),
				new Debtor(d.type(), d.name(), email, phone, d.address()), draft.jurisdiction(), draft.openBalance());
	}

	private static CollectionCase withInvoice(CollectionCase c, String invoiceId) {
		SourceReference s = c.source();
		return new CollectionCase(CaseId.random(), c.accountId(), c.draftId(), c.creditorReference(), c.caseDate(),
				c.dueDate(), c.amountToRecover(), c.originalTotal(), c.currency(), c.debtor(), c.jurisdiction(),
				new SourceReference(s.system(), s.realmId(), invoiceId, s.customerId(), s.syncToken()), c.origin(),
				c.status(), c.createdAt(), c.updatedAt(), c.submittedAt(), c.quickBooksBalance(), c.sourceUpdatedAt());
	}

	private CollectionCase caseOf(String account, String invoiceId) {
		CaseId id = new CaseId(this.jdbc
			.sql("SELECT id FROM collection_cases WHERE account_id = ? AND invoice_id = ?")
			.params(account, invoiceId)
			.query(UUID.class)
			.single());
		return this.cases.findOne(account, id).orElseThrow();
	}

	private boolean processed(InvoiceChanged change) {
		return this.jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = ?")
			.param(change.metadata().eventId())
			.query(Long.class)
			.single() == 1;
	}

}
