package com.qbobridge.schemas.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A collection case as it would be created from one invoice. Fields are {@code null} where the invoice did not
 * provide them; a draft with violations cannot become a case until it is fixed.
 *
 * @param draftId derived from connection, invoice id and SyncToken, so the same invoice version gives the same id
 * @param source the QuickBooks invoice it came from
 * @param creditorReference the invoice number
 * @param caseDate the invoice date
 * @param dueDate the invoice due date
 * @param amountToRecover the open balance
 * @param invoiceTotal the invoice total, for reference
 * @param currency ISO 4217 code
 * @param debtor who owes it
 * @param jurisdiction ISO 3166-1 alpha-2 country whose rules apply
 */
public record CaseDraft(UUID draftId, SourceReference source, @Nullable String creditorReference,
		@Nullable LocalDate caseDate, @Nullable LocalDate dueDate, @Nullable BigDecimal amountToRecover,
		@Nullable BigDecimal invoiceTotal, @Nullable String currency, Debtor debtor, @Nullable String jurisdiction) {

	public CaseDraft {
		Objects.requireNonNull(draftId, "draftId must not be null");
		Objects.requireNonNull(source, "source must not be null");
		Objects.requireNonNull(debtor, "debtor must not be null");
	}

}
