package com.qbobridge.imports.imports;

import java.time.Clock;

import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.RulesSettings;
import com.qbobridge.rules.Validation;
import com.qbobridge.schemas.mapping.CaseDraft;

import org.springframework.stereotype.Component;

/**
 * Re-validates a fixed draft with exactly the rules mapping-service applied, from the shared case-rules module.
 */
@Component
class DraftRules {

	private final CaseDraftValidator validator;

	DraftRules(Clock clock) {
		this.validator = new CaseDraftValidator(RulesSettings.defaults(), clock);
	}

	Validation validate(CaseDraft draft) {
		return this.validator.validate(draft);
	}

}
