package com.qbobridge.cases.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.CaseFields;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Validates an approved draft once more before it becomes a case: the draft may have been edited, tampered with or
 * raced since mapping validated it. The shared rules decide, with the one {@link CaseDraftValidator} bean that
 * {@code pipeline.rules} configures for every service; on top, every column a case cannot do without is checked, so
 * that no approval the rules let through can fail the insert and block its partition.
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
		List<FieldIssue> violations = new ArrayList<>(this.validator.validate(draft).violations());
		Set<String> reported = new HashSet<>();
		violations.forEach((issue) -> reported.add(issue.field()));
		require(violations, reported, draft.creditorReference(), CaseFields.CREDITOR_REFERENCE);
		require(violations, reported, draft.caseDate(), CaseFields.CASE_DATE);
		require(violations, reported, draft.dueDate(), CaseFields.DUE_DATE);
		require(violations, reported, draft.amountToRecover(), CaseFields.AMOUNT_TO_RECOVER);
		require(violations, reported, draft.currency(), CaseFields.CURRENCY);
		require(violations, reported, draft.jurisdiction(), CaseFields.JURISDICTION);
		require(violations, reported, draft.debtor().name(), CaseFields.DEBTOR_NAME);
		return violations;
	}

	private static void require(List<FieldIssue> violations, Set<String> reported, @Nullable Object value,
			String field) {
		boolean missing = (value == null) || (value instanceof String text && text.isBlank());
		if (missing && !reported.contains(field)) {
			violations.add(new FieldIssue("REQUIRED", field, "A case needs " + field + "."));
		}
	}

}
