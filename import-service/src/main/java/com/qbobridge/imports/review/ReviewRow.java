package com.qbobridge.imports.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.drafts.DraftState;
import com.qbobridge.imports.report.InvoiceFate;
import org.jspecify.annotations.Nullable;

/**
 * One chosen draft as a compact row: what it claims, whether it can be sent, and, once submitted, what became of it.
 *
 * @param draftId the draft
 * @param sequence its invoice's position in the import
 * @param invoiceId the QuickBooks invoice id, when known
 * @param invoiceNumber the invoice number
 * @param debtorName who owes it
 * @param amount the amount to recover
 * @param currency its currency
 * @param dueDate when it was due
 * @param status where the draft stands, or null once it is gone
 * @param statusLabel the status or the fate in words
 * @param issues its violations and warnings in words
 * @param fate what the report says became of it
 * @param caseId the case it became or duplicates
 * @param detail the report's detail in words
 */
public record ReviewRow(UUID draftId, long sequence, @Nullable String invoiceId, @Nullable String invoiceNumber,
		@Nullable String debtorName, @Nullable BigDecimal amount, @Nullable String currency, @Nullable LocalDate dueDate,
		@Nullable DraftState status, String statusLabel, List<Issue> issues, @Nullable InvoiceFate fate,
		@Nullable UUID caseId, @Nullable String detail) {

	/**
	 * A violation or warning in words.
	 *
	 * @param code the rule code
	 * @param field the field path, for the fix form to focus
	 * @param text the field's name and the rule's sentence
	 * @param blocking whether it keeps the draft from becoming a case
	 */
	public record Issue(String code, String field, String text, boolean blocking) {

	}

}
