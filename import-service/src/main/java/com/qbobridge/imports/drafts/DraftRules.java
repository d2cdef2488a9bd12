package com.qbobridge.imports.drafts;

import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.Validation;
import com.qbobridge.schemas.mapping.CaseDraft;

import org.springframework.stereotype.Component;

/**
 * Re-validates a fixed draft with exactly the rules mapping-service and case-service apply: the one
 * {@link CaseDraftValidator} bean that {@code pipeline.rules} configures for every service.
 */
@Component
class DraftRules {

	private final CaseDraftValidator validator;

	DraftRules(CaseDraftValidator validator) {
		this.validator = validator;
	}

	Validation validate(CaseDraft draft) {
		return this.validator.validate(draft);
	}

}
