package com.qbobridge.cases.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.qbobridge.schemas.cases.CaseChange;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.connector.InvoiceChange;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * One change of a case after it was created, as the case's history shows it and {@code CaseUpdated} announces it.
 *
 * @param caseId the case
 * @param change what changed
 * @param invoiceChange what QuickBooks reported
 * @param previousAmount the amount to recover before
 * @param amountToRecover the amount to recover after
 * @param reportedBalance the balance QuickBooks reported; {@code null} for a deletion
 * @param currency the case's currency
 * @param previousStatus the status before
 * @param status the status after
 * @param syncToken the invoice version that caused it
 * @param changedAt when the invoice changed in QuickBooks
 * @param recordedAt when the case changed
 * @param invoiceChangedEventId the event that reported it
 * @param detail the change in words
 */
public record CaseHistoryEntry(CaseId caseId, CaseChange change, @Nullable InvoiceChange invoiceChange,
		BigDecimal previousAmount, BigDecimal amountToRecover, @Nullable BigDecimal reportedBalance, String currency,
		CaseStatus previousStatus, CaseStatus status, @Nullable String syncToken, Instant changedAt,
		Instant recordedAt, @Nullable UUID invoiceChangedEventId, String detail) {

	public CaseHistoryEntry {
		Assert.notNull(caseId, "caseId must not be null");
		Assert.notNull(change, "change must not be null");
		Assert.notNull(previousAmount, "previousAmount must not be null");
		Assert.notNull(amountToRecover, "amountToRecover must not be null");
		Assert.hasText(currency, "currency must not be empty");
		Assert.notNull(previousStatus, "previousStatus must not be null");
		Assert.notNull(status, "status must not be null");
		Assert.notNull(changedAt, "changedAt must not be null");
		Assert.notNull(recordedAt, "recordedAt must not be null");
		Assert.hasText(detail, "detail must not be empty");
	}

}
