package com.qbobridge.imports.report;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of an import's report: an invoice and what became of it. Only the invoice's id and number are kept.
 *
 * @param importId the import
 * @param invoiceId the QuickBooks invoice id
 * @param invoiceNumber the invoice number, when it had one
 * @param sequence the invoice's position in the import
 * @param draftId the draft made from it
 * @param fate what became of it
 * @param detail the reasons, in words
 * @param caseId the case created from it, or the existing case it duplicates
 * @param updatedAt when its fate last changed
 */
public record ReportEntry(UUID importId, String invoiceId, @Nullable String invoiceNumber, long sequence,
		@Nullable UUID draftId, InvoiceFate fate, @Nullable String detail, @Nullable UUID caseId, Instant updatedAt) {

	public String fateLabel() {
		return this.fate.label();
	}

}
