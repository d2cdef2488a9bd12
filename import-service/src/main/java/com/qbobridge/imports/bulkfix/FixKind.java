package com.qbobridge.imports.bulkfix;

import java.util.List;
import java.util.Set;

import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * The fixes that are safe to apply to a whole group of drafts: each changes one field the same way for every draft
 * (setting the country also sets a jurisdiction that was taken from the same unrecognised country) and fits only
 * the reasons it can cure.
 */
public enum FixKind {

	/** Sets the debtor's country (ISO 3166-1 alpha-2). */
	SET_COUNTRY(true, Set.of("ADDRESS_COUNTRY_UNKNOWN", "ADDRESS_COUNTRY_MISSING")),

	/** Sets the jurisdiction (ISO 3166-1 alpha-2). */
	SET_JURISDICTION(true, Set.of("JURISDICTION_MISSING", "JURISDICTION_UNKNOWN", "JURISDICTION_NOT_SUPPORTED")),

	/** Leaves out a phone number no case can carry. */
	DROP_PHONE(false, Set.of("DEBTOR_PHONE_TOO_LONG", "DEBTOR_PHONE_INVALID")),

	/** Leaves out an e-mail address no case can carry. */
	DROP_EMAIL(false, Set.of("DEBTOR_EMAIL_TOO_LONG", "DEBTOR_EMAIL_INVALID")),

	/**
	 * Uses the debtor's address as the same QuickBooks customer's ready drafts of the import carry it, where they
	 * carry one address only; see {@link #withAddress}.
	 */
	USE_CUSTOMER_ADDRESS(false, Set.of("ADDRESS_LINE_MISSING", "ADDRESS_CITY_MISSING", "ADDRESS_REGION_MISSING",
			"ADDRESS_REGION_INVALID", "ADDRESS_POSTAL_CODE_MISSING", "ADDRESS_POSTAL_CODE_INVALID",
			"ADDRESS_COUNTRY_MISSING", "ADDRESS_COUNTRY_UNKNOWN"));

	private final boolean needsValue;

	private final Set<String> cures;

	FixKind(boolean needsValue, Set<String> cures) {
		this.needsValue = needsValue;
		this.cures = cures;
	}

	/**
	 * Whether the creditor must give a value (a country code).
	 * @return true for the fixes that set a field
	 */
	public boolean needsValue() {
		return this.needsValue;
	}

	/**
	 * Whether this fix fits a reason.
	 * @param code a rule code
	 * @return true if it can cure it
	 */
	public boolean fits(String code) {
		return this.cures.contains(code);
	}

	/**
	 * The fixes that fit a reason.
	 * @param code a rule code
	 * @return the fitting fixes, in declaration order
	 */
	public static List<FixKind> fitting(String code) {
		return java.util.Arrays.stream(values()).filter((kind) -> kind.fits(code)).toList();
	}

	/**
	 * The draft with this fix applied.
	 * @param draft the draft, must not be null
	 * @param value the country code, for the fixes that need one
	 * @return the fixed draft
	 */
	public CaseDraft applyTo(CaseDraft draft, @Nullable String value) {
		Debtor debtor = draft.debtor();
		return switch (this) {
			case USE_CUSTOMER_ADDRESS -> throw new IllegalStateException("the customer's address fix needs the address");
			case SET_COUNTRY -> {
				PostalAddress address = (debtor.address() != null) ? debtor.address()
						: new PostalAddress(List.of(), null, null, null, null);
				// mapping takes the jurisdiction from the address's country: where it still is that same text (or
				// none), it follows the corrected country, so one fix cures both.
				String jurisdiction = (draft.jurisdiction() == null
						|| draft.jurisdiction().equals(address.country())) ? value : draft.jurisdiction();
				yield with(draft, new Debtor(debtor.type(), debtor.name(), debtor.email(), debtor.phone(),
						new PostalAddress(address.lines(), address.city(), address.region(), address.postalCode(),
								value)), jurisdiction);
			}
			case SET_JURISDICTION -> with(draft, debtor, value);
			case DROP_PHONE -> with(draft,
					new Debtor(debtor.type(), debtor.name(), debtor.email(), null, debtor.address()),
					draft.jurisdiction());
			case DROP_EMAIL -> with(draft,
					new Debtor(debtor.type(), debtor.name(), null, debtor.phone(), debtor.address()),
					draft.jurisdiction());
		};
	}

	/**
	 * The draft with another postal address for its debtor, the customer's; a jurisdiction taken from the old address's
	 * country (or missing) follows the new one.
	 * @param draft the draft, must not be null
	 * @param address the customer's address, must not be null
	 * @return the fixed draft
	 */
	public static CaseDraft withAddress(CaseDraft draft, PostalAddress address) {
		Debtor debtor = draft.debtor();
		String oldCountry = (debtor.address() != null) ? debtor.address().country() : null;
		String jurisdiction = (draft.jurisdiction() == null || draft.jurisdiction().equals(oldCountry))
				? address.country() : draft.jurisdiction();
		return with(draft, new Debtor(debtor.type(), debtor.name(), debtor.email(), debtor.phone(), address),
				jurisdiction);
	}

	private static CaseDraft with(CaseDraft draft, Debtor debtor, @Nullable String jurisdiction) {
		return new CaseDraft(draft.draftId(), draft.source(), draft.creditorReference(), draft.caseDate(),
				draft.dueDate(), draft.amountToRecover(), draft.invoiceTotal(), draft.currency(), debtor, jurisdiction,
				draft.openBalance());
	}

}
