package com.qbobridge.schemas.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.SourceReference;
import org.jspecify.annotations.Nullable;

/**
 * A collection case was created from an approved draft. Published at least once per case; analytics consumers
 * de-duplicate on {@code metadata.eventId} (or on {@code caseId}, which never repeats across cases).
 *
 * @param metadata the envelope
 * @param caseId the new case's id
 * @param draftId the draft it was created from
 * @param source the QuickBooks invoice behind it
 * @param creditorReference the invoice number
 * @param caseDate the invoice date
 * @param dueDate the due date
 * @param amountToRecover the open balance to collect
 * @param invoiceTotal the invoice total
 * @param currency ISO 4217 code
 * @param jurisdiction ISO 3166-1 alpha-2 country
 * @param debtorType business or person
 * @param debtorName the debtor's name
 * @param status the case's status when it was created
 */
public record CaseCreated(EventMetadata metadata, UUID caseId, UUID draftId, SourceReference source,
		String creditorReference, LocalDate caseDate, LocalDate dueDate, BigDecimal amountToRecover,
		@Nullable BigDecimal invoiceTotal, String currency, String jurisdiction, @Nullable DebtorType debtorType,
		String debtorName, CaseStatus status) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("CaseCreated", 1, CaseCreated.class);

	public CaseCreated {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(caseId, "caseId must not be null");
		Objects.requireNonNull(draftId, "draftId must not be null");
		Objects.requireNonNull(source, "source must not be null");
		Objects.requireNonNull(status, "status must not be null");
	}

}
