package com.qbobridge.cases.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.CaseFields;
import com.qbobridge.rules.Countries;
import com.qbobridge.rules.PhoneNumbers;
import com.qbobridge.rules.RuleCode;
import com.qbobridge.rules.Validation;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Validates an approved draft once more before it becomes a case: the draft may have been edited, tampered with or
 * raced since mapping validated it. The shared rules decide, with the one {@link CaseDraftValidator} bean that
 * {@code pipeline.rules} configures for every service; on top, every column a case cannot do without is checked, so
 * that no approval the rules let through can fail the insert and block its partition. What the rules only warn about
 * is applied as they announce it: an e-mail address or phone number that is not valid is left out of the case, and a
 * valid phone number is stored in E.164 form.
 */
@Component
class DraftChecks {

	private final CaseDraftValidator validator;

	DraftChecks(CaseDraftValidator validator) {
		this.validator = validator;
	}

	/**
	 * What prevents a draft from becoming a case.
	 * @param draft the approved draft
	 * @return the violations; empty when the draft can become a case
	 */
	List<FieldIssue> violations(CaseDraft draft) {
		return check(draft).violations();
	}

	/**
	 * Checks a draft and gives the draft a case is made of.
	 * @param draft the approved draft
	 * @return the violations (empty when the draft can become a case) and the draft to store
	 */
	Checked check(CaseDraft draft) {
		Validation validation = this.validator.validate(draft);
		List<FieldIssue> violations = new ArrayList<>(validation.violations());
		Set<String> reported = new HashSet<>();
		violations.forEach((issue) -> reported.add(issue.field()));
		require(violations, reported, draft.creditorReference(), CaseFields.CREDITOR_REFERENCE);
		require(violations, reported, draft.caseDate(), CaseFields.CASE_DATE);
		require(violations, reported, draft.dueDate(), CaseFields.DUE_DATE);
		require(violations, reported, draft.amountToRecover(), CaseFields.AMOUNT_TO_RECOVER);
		require(violations, reported, draft.currency(), CaseFields.CURRENCY);
		require(violations, reported, draft.jurisdiction(), CaseFields.JURISDICTION);
		require(violations, reported, draft.debtor().name(), CaseFields.DEBTOR_NAME);
		return new Checked(violations, violations.isEmpty() ? storable(draft, validation.warnings()) : draft);
	}

	/** The draft with the contact values the warnings say are left out, and the phone number as it is stored. */
	private static CaseDraft storable(CaseDraft draft, List<FieldIssue> warnings) {
		Debtor debtor = draft.debtor();
		String email = warned(warnings, RuleCode.DEBTOR_EMAIL_INVALID) ? null : blankToNull(debtor.email());
		String phone = warned(warnings, RuleCode.DEBTOR_PHONE_INVALID) ? null : e164(debtor.phone(), debtor.address());
		if (same(email, debtor.email()) && same(phone, debtor.phone())) {
			return draft;
		}
		Debtor kept = new Debtor(debtor.type(), debtor.name(), email, phone, debtor.address());
		return new CaseDraft(draft.draftId(), draft.source(), draft.creditorReference(), draft.caseDate(),
				draft.dueDate(), draft.amountToRecover(), draft.invoiceTotal(), draft.currency(), kept,
				draft.jurisdiction(), draft.openBalance());
	}

	private static @Nullable String e164(@Nullable String phone, @Nullable PostalAddress address) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String country = (address != null && Countries.isIsoAlpha2(address.country())) ? address.country() : null;
		// The rules accepted it: a number they could not read was warned about and is gone by now.
		return PhoneNumbers.toE164(phone, country).orElse(phone.strip());
	}

	private static boolean warned(List<FieldIssue> warnings, RuleCode code) {
		return warnings.stream().anyMatch((warning) -> warning.code().equals(code.name()));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static boolean same(@Nullable String a, @Nullable String b) {
		return (a == null) ? b == null : a.equals(b);
	}

	private static void require(List<FieldIssue> violations, Set<String> reported, @Nullable Object value,
			String field) {
		boolean missing = (value == null) || (value instanceof String text && text.isBlank());
		if (missing && !reported.contains(field)) {
			violations.add(new FieldIssue("REQUIRED", field, "A case needs " + field + "."));
		}
	}

	/**
	 * A checked draft.
	 *
	 * @param violations what prevents it from becoming a case
	 * @param draft the draft a case is made of: the approved one, less the contact values the rules leave out
	 */
	record Checked(List<FieldIssue> violations, CaseDraft draft) {

		Checked {
			violations = List.copyOf(violations);
		}

	}

}
