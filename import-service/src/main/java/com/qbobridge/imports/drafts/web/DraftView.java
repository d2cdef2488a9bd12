package com.qbobridge.imports.drafts.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.drafts.DraftState;
import com.qbobridge.imports.drafts.StoredDraft;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.jspecify.annotations.Nullable;

/**
 * A draft as the table and the review page show it: the columns, the reasons, and the whole case as it would be
 * created.
 *
 * @param draftId the draft
 * @param importId its import
 * @param sequence the invoice's position in the import
 * @param invoiceId the QuickBooks invoice id
 * @param invoiceNumber the invoice number
 * @param debtorName who owes it
 * @param amount the amount to recover
 * @param currency its currency
 * @param dueDate when it was due
 * @param daysOverdue days since the due date, 0 if not yet due
 * @param status {@code READY}, {@code NEEDS_ATTENTION} or {@code APPROVED}
 * @param statusLabel the status in words
 * @param violations what must be fixed
 * @param warnings what to know
 * @param fixed whether the creditor changed it
 * @param draft every case field
 */
public record DraftView(UUID draftId, UUID importId, long sequence, String invoiceId, @Nullable String invoiceNumber,
		@Nullable String debtorName, @Nullable BigDecimal amount, @Nullable String currency, @Nullable LocalDate dueDate,
		long daysOverdue, DraftState status, String statusLabel, List<FieldIssue> violations, List<FieldIssue> warnings,
		boolean fixed, CaseDraft draft) {

	static DraftView of(StoredDraft stored, LocalDate today) {
		CaseDraft draft = stored.draft();
		long overdue = (draft.dueDate() != null) ? Math.max(0, ChronoUnit.DAYS.between(draft.dueDate(), today)) : 0;
		return new DraftView(draft.draftId(), stored.importId(), stored.sequence(), draft.source().invoiceId(), draft.creditorReference(),
				draft.debtor().name(), draft.amountToRecover(), draft.currency(), draft.dueDate(), overdue,
				stored.state(), stored.state().label(), stored.violations(), stored.warnings(), stored.fixed(), draft);
	}

}
