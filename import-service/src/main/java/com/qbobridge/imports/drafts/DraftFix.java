package com.qbobridge.imports.drafts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.qbobridge.rules.FieldLimits;
import com.qbobridge.rules.constraints.CaseAmount;
import com.qbobridge.rules.constraints.CaseDate;
import com.qbobridge.rules.constraints.CaseDebtor;
import com.qbobridge.rules.constraints.CaseText;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * The creditor's corrected case fields for one draft; it replaces every editable field, while the draft's id, its
 * QuickBooks source, the invoice total and the open balance stay as imported. Field paths match the rules' issue paths
 * (e.g. {@code debtor.address.postalCode}). Values no case can ever carry (dates outside 1900-2199, amounts beyond 15
 * digits or 3 decimals, text with control or invisible format characters or over its {@link FieldLimits} length) are
 * refused by bean validation with a 400 naming the field, before any rule runs.
 *
 * @param creditorReference the invoice number
 * @param caseDate the invoice date
 * @param dueDate the due date
 * @param amountToRecover the amount to collect
 * @param currency ISO 4217 code
 * @param jurisdiction ISO 3166-1 alpha-2 country
 * @param debtor who owes it
 */
public record DraftFix(@Nullable @CaseText(max = FieldLimits.CREDITOR_REFERENCE) String creditorReference,
		@Nullable @CaseDate LocalDate caseDate, @Nullable @CaseDate LocalDate dueDate,
		@Nullable @CaseAmount BigDecimal amountToRecover, @Nullable @CaseText(max = 3) String currency,
		@Nullable @CaseText(max = 2) String jurisdiction, @Nullable @CaseDebtor Debtor debtor) {

	/**
	 * The draft with these fields, blanks read as missing.
	 * @param original the draft as stored, must not be null
	 * @return the fixed draft
	 */
	public CaseDraft applyTo(CaseDraft original) {
		Debtor fixedDebtor = (this.debtor != null) ? clean(this.debtor) : new Debtor(null, null, null, null, null);
		return new CaseDraft(original.draftId(), original.source(), blankToNull(this.creditorReference),
				this.caseDate, this.dueDate, this.amountToRecover, original.invoiceTotal(),
				upper(this.currency), fixedDebtor, upper(this.jurisdiction), original.openBalance());
	}

	private static Debtor clean(Debtor debtor) {
		PostalAddress address = debtor.address();
		PostalAddress cleaned = null;
		if (address != null) {
			List<String> lines = address.lines().stream().map(DraftFix::blankToNull).filter((l) -> l != null).toList();
			cleaned = new PostalAddress(lines, blankToNull(address.city()), blankToNull(address.region()),
					blankToNull(address.postalCode()), upper(address.country()));
		}
		return new Debtor(debtor.type(), blankToNull(debtor.name()), blankToNull(debtor.email()),
				blankToNull(debtor.phone()), cleaned);
	}

	private static @Nullable String upper(@Nullable String value) {
		String text = blankToNull(value);
		return (text != null) ? text.toUpperCase(java.util.Locale.ROOT) : null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
