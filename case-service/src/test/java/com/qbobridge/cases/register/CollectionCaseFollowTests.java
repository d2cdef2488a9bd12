package com.qbobridge.cases.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.qbobridge.cases.Approvals;
import com.qbobridge.cases.InvoiceChanges;
import com.qbobridge.schemas.cases.CaseChange;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.connector.InvoiceChange;
import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.mapping.CaseDraft;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a case follows its invoice: what each change does, and which deliveries change nothing.
 */
class CollectionCaseFollowTests {

	private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	private static final Instant DAY = Instant.parse("2026-12-01T14:03:11Z");

	private final Approvals approvals = Approvals.forNewAccount();

	/** A case of 1250.50 USD drafted from invoice version 0, the invoice's balance 1250.50. */
	private final CollectionCase submitted = caseOf(CaseStatus.SUBMITTED);

	@Test
	void aFullPaymentClosesTheCaseAsPaidToTheCreditor() {
		CollectionCase.Followed followed = follow(this.submitted, InvoiceChange.PAID, "1", "0", DAY);

		assertThat(followed.after().status()).isEqualTo(CaseStatus.PAID_TO_CREDITOR);
		assertThat(followed.after().amountToRecover()).isZero();
		assertThat(followed.after().isOpen()).isFalse();
		assertThat(followed.after().source().syncToken()).isEqualTo("1");
		assertThat(followed.after().sourceUpdatedAt()).isEqualTo(DAY);
		assertThat(followed.entry()).isNotNull().satisfies((entry) -> {
			assertThat(entry.change()).isEqualTo(CaseChange.PAID_TO_CREDITOR);
			assertThat(entry.previousAmount()).isEqualByComparingTo("1250.50");
			assertThat(entry.previousStatus()).isEqualTo(CaseStatus.SUBMITTED);
			assertThat(entry.detail()).isEqualTo("Paid in QuickBooks on 2026-12-01: closed as paid to the creditor");
		});
	}

	@Test
	void aPartPaymentLowersTheAmountAndKeepsTheStatus() {
		CollectionCase.Followed followed = follow(this.submitted, InvoiceChange.PARTIALLY_PAID, "1", "1000.00", DAY);

		assertThat(followed.after().status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(followed.after().amountToRecover()).isEqualByComparingTo("1000.00");
		assertThat(followed.entry()).isNotNull().satisfies((entry) -> {
			assertThat(entry.change()).isEqualTo(CaseChange.AMOUNT_LOWERED);
			assertThat(entry.amountToRecover()).isEqualByComparingTo("1000.00");
			assertThat(entry.detail()).contains("1250.50 USD to recover lowered to 1000.00 USD");
		});
	}

	@Test
	void aGrownBalanceIsRecordedForReviewAndNeverApplied() {
		CollectionCase.Followed followed = follow(this.submitted, InvoiceChange.AMOUNT_CHANGED, "1", "1900.00", DAY);

		assertThat(followed.after().amountToRecover()).isEqualByComparingTo("1250.50");
		assertThat(followed.after().quickBooksBalance()).isEqualByComparingTo("1900.00");
		assertThat(followed.after().status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(followed.entry()).isNotNull().satisfies((entry) -> {
			assertThat(entry.change()).isEqualTo(CaseChange.BALANCE_INCREASED);
			assertThat(entry.reportedBalance()).isEqualByComparingTo("1900.00");
			assertThat(entry.detail()).contains("1900.00 USD", "not applied");
		});
	}

	@Test
	void aVoidedOrDeletedInvoicePutsTheCaseOnHold() {
		CollectionCase.Followed voided = follow(this.submitted, InvoiceChange.VOIDED, "1", "0", DAY);
		CollectionCase.Followed deleted = follow(this.submitted, InvoiceChange.DELETED, null, null, DAY);

		assertThat(voided.after().status()).isEqualTo(CaseStatus.ON_HOLD);
		assertThat(voided.after().amountToRecover()).isEqualByComparingTo("1250.50");
		assertThat(voided.entry()).isNotNull().extracting(CaseHistoryEntry::change).isEqualTo(CaseChange.INVOICE_VOIDED);
		assertThat(deleted.after().status()).isEqualTo(CaseStatus.ON_HOLD);
		assertThat(deleted.after().source().syncToken()).isEqualTo("0");
		assertThat(deleted.entry()).isNotNull().satisfies((entry) -> {
			assertThat(entry.change()).isEqualTo(CaseChange.INVOICE_DELETED);
			assertThat(entry.detail()).isEqualTo("Deleted in QuickBooks on 2026-12-01: on hold for review");
		});
	}

	@Test
	void aRepeatedOrOlderVersionChangesNothing() {
		CollectionCase partPaid = follow(this.submitted, InvoiceChange.PARTIALLY_PAID, "5", "1000.00", DAY).after();

		assertThat(partPaid.follow(change(partPaid, InvoiceChange.PARTIALLY_PAID, "5", "1000.00", DAY), NOW)).isEmpty();
		assertThat(partPaid.follow(change(partPaid, InvoiceChange.PAID, "4", "0", DAY.plusSeconds(60)), NOW))
			.isEmpty();
		assertThat(this.submitted.follow(change(this.submitted, InvoiceChange.PAID, "0", "0", DAY), NOW)).isEmpty();
	}

	@Test
	void aDeletionWithoutTokenIsOrderedByItsTime() {
		CollectionCase partPaid = follow(this.submitted, InvoiceChange.PARTIALLY_PAID, "5", "1000.00", DAY).after();

		assertThat(partPaid.follow(change(partPaid, InvoiceChange.DELETED, null, null, DAY.minusSeconds(1)), NOW))
			.isEmpty();
		assertThat(partPaid.follow(change(partPaid, InvoiceChange.DELETED, null, null, DAY.plusSeconds(1)), NOW))
			.hasValueSatisfying((followed) -> assertThat(followed.after().status()).isEqualTo(CaseStatus.ON_HOLD));
	}

	@Test
	void aClosedCaseStaysClosedAndAReopenedBalanceIsOnlyRecorded() {
		CollectionCase paid = follow(this.submitted, InvoiceChange.PAID, "1", "0", DAY).after();

		CollectionCase.Followed reopened = follow(paid, InvoiceChange.AMOUNT_CHANGED, "2", "300.00",
				DAY.plusSeconds(3600));

		assertThat(reopened.after().status()).isEqualTo(CaseStatus.PAID_TO_CREDITOR);
		assertThat(reopened.after().amountToRecover()).isZero();
		assertThat(reopened.entry()).isNotNull()
			.extracting(CaseHistoryEntry::change)
			.isEqualTo(CaseChange.BALANCE_INCREASED);
	}

	@Test
	void aPaymentOnACaseOnHoldLowersItWhileItStaysOnHold() {
		CollectionCase held = follow(this.submitted, InvoiceChange.VOIDED, "1", "1250.50", DAY).after();

		CollectionCase.Followed partPaid = follow(held, InvoiceChange.PARTIALLY_PAID, "2", "250.50", DAY);

		assertThat(partPaid.after().status()).isEqualTo(CaseStatus.ON_HOLD);
		assertThat(partPaid.after().amountToRecover()).isEqualByComparingTo("250.50");
	}

	@Test
	void aLowerBalanceStillAboveTheAmountClaimedOnlyAdvancesTheVersion() {
		// The creditor claimed less than the open balance; a payment that leaves more than the claim open changes
		// nothing the case claims.
		CollectionCase claimsLess = new CollectionCase(this.submitted.id(), this.submitted.accountId(),
				this.submitted.draftId(), this.submitted.creditorReference(), this.submitted.caseDate(),
				this.submitted.dueDate(), new BigDecimal("500.00"), this.submitted.originalTotal(),
				this.submitted.currency(), this.submitted.debtor(), this.submitted.jurisdiction(),
				this.submitted.source(), this.submitted.origin(), CaseStatus.SUBMITTED, NOW, NOW, NOW,
				new BigDecimal("1250.50"), null);

		CollectionCase.Followed followed = follow(claimsLess, InvoiceChange.PARTIALLY_PAID, "1", "900.00", DAY);

		assertThat(followed.entry()).isNull();
		assertThat(followed.after().amountToRecover()).isEqualByComparingTo("500.00");
		assertThat(followed.after().quickBooksBalance()).isEqualByComparingTo("900.00");
		assertThat(followed.after().source().syncToken()).isEqualTo("1");
	}

	private CollectionCase.Followed follow(CollectionCase c, InvoiceChange kind, String token, String balance,
			Instant at) {
		return c.follow(change(c, kind, token, balance, at), NOW).orElseThrow();
	}

	private InvoiceChanged change(CollectionCase c, InvoiceChange kind, String token, String balance, Instant at) {
		return InvoiceChanges.of(this.approvals, c, kind, token, (balance != null) ? new BigDecimal(balance) : null, at);
	}

	private CollectionCase caseOf(CaseStatus status) {
		CaseDraft draft = this.approvals.draft(7, "INV-7");
		CaseOrigin origin = new CaseOrigin(UUID.randomUUID(), "user", this.approvals.connection(7), null,
				UUID.randomUUID());
		return new CollectionCase(CaseId.random(), this.approvals.accountId(), draft.draftId(),
				draft.creditorReference(), draft.caseDate(), draft.dueDate(), draft.amountToRecover(),
				draft.invoiceTotal(), draft.currency(), draft.debtor(), draft.jurisdiction(), draft.source(), origin,
				status, NOW, NOW, NOW, draft.amountToRecover(), null);
	}

}
