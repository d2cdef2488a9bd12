package com.qbobridge.cases.intake;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

import com.qbobridge.cases.Approvals;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reason given to a creditor when the database refuses an approval's case names the approval's own values in
 * words and never repeats the database's message.
 */
class StorageRefusalTests {

	private final Approvals approvals = Approvals.forNewAccount();

	@Test
	void namesACaseDateNoCaseCanHold() {
		// GH-12
		CaseDraft draft = this.approvals.draft(1, "INV-1");
		CaseDraftApproved approval = approve(new CaseDraft(draft.draftId(), draft.source(), draft.creditorReference(),
				LocalDate.of(0, 1, 1), draft.dueDate(), draft.amountToRecover(), draft.invoiceTotal(), draft.currency(),
				draft.debtor(), draft.jurisdiction()));

		StorageRefusal refusal = StorageRefusal.of(approval,
				failure("22008", "date/time field value out of range: \"0000-01-01\""));

		assertThat(refusal.detail()).startsWith("The case date 0000-01-01 is outside the range a case can hold");
		assertThat(refusal.violations()).singleElement().satisfies((issue) -> {
			assertThat(issue.field()).isEqualTo("caseDate");
			assertThat(issue.code()).isEqualTo(StorageRefusal.OUT_OF_RANGE);
		});
	}

	@Test
	void namesAnAmountNoCaseCanHoldWithoutWritingItOut() {
		// GH-12
		CaseDraft draft = this.approvals.draft(1, "INV-1");
		BigDecimal huge = new BigDecimal("1E+1000000");
		CaseDraftApproved approval = approve(new CaseDraft(draft.draftId(), draft.source(), draft.creditorReference(),
				draft.caseDate(), draft.dueDate(), huge, null, draft.currency(), draft.debtor(), draft.jurisdiction()));

		StorageRefusal refusal = StorageRefusal.of(approval, failure("22003", "value overflows numeric format"));

		assertThat(refusal.detail()).isEqualTo("The amount to recover 1E+1000000 is outside the range a case can hold");
		assertThat(refusal.violations()).extracting(FieldIssue::field).containsExactly("amountToRecover");
	}

	@Test
	void namesATextWithACharacterNoCaseCanHold() {
		CaseDraftApproved valid = this.approvals.approval(1);
		CaseDraftApproved approval = new CaseDraftApproved(valid.metadata(), valid.draft(), "someone\u0000");

		StorageRefusal refusal = StorageRefusal.of(approval, failure("22P05", "unsupported Unicode escape sequence"));

		assertThat(refusal.violations()).singleElement().satisfies((issue) -> {
			assertThat(issue.field()).isEqualTo("approvedBy");
			assertThat(issue.code()).isEqualTo(StorageRefusal.UNSTORABLE_CHARACTER);
		});
	}

	@Test
	void explainsAConstraintNoValueExplainsWithoutTheDatabaseMessage() {
		StorageRefusal refusal = StorageRefusal.of(this.approvals.approval(1), new DataIntegrityViolationException(
				"could not insert", failure("23514", "new row violates check constraint \"x\" Failing row (INV-9, …)")));

		assertThat(refusal.detail()).isEqualTo("The draft breaks a rule of the case register")
			.doesNotContain("INV-9", "constraint");
		assertThat(refusal.violations()).isEmpty();
	}

	@Test
	void explainsAFailureWithoutAnSqlState() {
		StorageRefusal refusal = StorageRefusal.of(this.approvals.approval(1), new IllegalStateException("boom"));

		assertThat(refusal.detail()).startsWith("The approval could not be stored as a case").doesNotContain("boom");
	}

	private CaseDraftApproved approve(CaseDraft draft) {
		return this.approvals.approve(draft, this.approvals.connection(0));
	}

	private static SQLException failure(String state, String message) {
		return new SQLException("ERROR: " + message, state);
	}

}
