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
 * @param openBalance the invoice's open balance when the draft was made, kept as imported while a creditor's fix may
 * lower {@code amountToRecover}: a case never claims more than this; {@code null} in drafts made before it was carried
 */
public record CaseDraft(UUID draftId, SourceReference source, @Nullable String creditorReference,
		@Nullable LocalDate caseDate, @Nullable LocalDate dueDate, @Nullable BigDecimal amountToRecover,
		@Nullable BigDecimal invoiceTotal, @Nullable String currency, Debtor debtor, @Nullable String jurisdiction,
		@Nullable BigDecimal openBalance) {

	public CaseDraft {
		Objects.requireNonNull(draftId, "draftId must not be null");
		Objects.requireNonNull(source, "source must not be null");
		Objects.requireNonNull(debtor, "debtor must not be null");
	}

	/**
	 * A draft that does not carry the invoice's open balance, as drafts were made before {@code openBalance} existed.
	 * @param draftId see the record
	 * @param source see the record
	 * @param creditorReference see the record
	 * @param caseDate see the record
	 * @param dueDate see the record
	 * @param amountToRecover see the record
	 * @param invoiceTotal see the record
	 * @param currency see the record
	 * @param debtor see the record
	 * @param jurisdiction see the record
	 */
	public CaseDraft(UUID draftId, SourceReference source, @Nullable String creditorReference,
			@Nullable LocalDate caseDate, @Nullable LocalDate dueDate, @Nullable BigDecimal amountToRecover,
			@Nullable BigDecimal invoiceTotal, @Nullable String currency, Debtor debtor,
			@Nullable String jurisdiction) {
		this(draftId, source, creditorReference, caseDate, dueDate, amountToRecover, invoiceTotal, currency, debtor,
				jurisdiction, null);
	}

}
