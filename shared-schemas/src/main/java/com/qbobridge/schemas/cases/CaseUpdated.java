package com.qbobridge.schemas.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceChange;
import com.qbobridge.schemas.mapping.SourceReference;
import org.jspecify.annotations.Nullable;

/**
 * A collection case changed because its invoice changed in QuickBooks; one event per entry of the case's history.
 * Published at least once with a stable {@code metadata.eventId}; keyed by connection id like every case event, so one
 * connection's case events stay in the order case-service committed them.
 *
 * @param metadata the envelope; the correlation id is the {@code InvoiceChanged}'s
 * @param caseId the case
 * @param source the invoice, {@code syncToken} being the version that caused the change
 * @param creditorReference the invoice number
 * @param change what changed
 * @param invoiceChange what QuickBooks reported
 * @param previousAmount the amount to recover before
 * @param amountToRecover the amount to recover now (the same as before unless {@link CaseChange#AMOUNT_LOWERED} or
 * {@link CaseChange#PAID_TO_CREDITOR}, where it is zero)
 * @param reportedBalance the balance QuickBooks reported; {@code null} for a deletion
 * @param currency ISO 4217 code of the amounts
 * @param previousStatus the case's status before
 * @param status the case's status now
 * @param changedAt when the invoice changed in QuickBooks ({@code MetaData.LastUpdatedTime})
 * @param invoiceChangedEventId the {@code InvoiceChanged} event that caused it
 * @param detail the change in words, e.g. "Paid in QuickBooks on 2026-12-01"
 */
public record CaseUpdated(EventMetadata metadata, UUID caseId, SourceReference source, String creditorReference,
		CaseChange change, @Nullable InvoiceChange invoiceChange, BigDecimal previousAmount,
		BigDecimal amountToRecover, @Nullable BigDecimal reportedBalance, String currency, CaseStatus previousStatus,
		CaseStatus status, Instant changedAt, @Nullable UUID invoiceChangedEventId, String detail) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("CaseUpdated", 1, CaseUpdated.class);

	public CaseUpdated {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(caseId, "caseId must not be null");
		Objects.requireNonNull(source, "source must not be null");
		Objects.requireNonNull(creditorReference, "creditorReference must not be null");
		Objects.requireNonNull(change, "change must not be null");
		Objects.requireNonNull(previousAmount, "previousAmount must not be null");
		Objects.requireNonNull(amountToRecover, "amountToRecover must not be null");
		Objects.requireNonNull(currency, "currency must not be null");
		Objects.requireNonNull(previousStatus, "previousStatus must not be null");
		Objects.requireNonNull(status, "status must not be null");
		Objects.requireNonNull(changedAt, "changedAt must not be null");
		Objects.requireNonNull(detail, "detail must not be null");
	}

}
