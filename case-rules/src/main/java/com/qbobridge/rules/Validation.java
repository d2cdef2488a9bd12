package com.qbobridge.rules;

import java.util.ArrayList;
import java.util.List;

import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.mapping.FieldIssue;

/**
 * The outcome of validating one draft: every violation (the draft cannot become a case) and every warning (it can,
 * but the creditor should know), so that a creditor sees all reasons at once.
 *
 * @param violations what prevents the draft from becoming a case, in field order
 * @param warnings what does not block the draft, in field order
 */
public record Validation(List<FieldIssue> violations, List<FieldIssue> warnings) {

	public Validation {
		violations = (violations != null) ? List.copyOf(violations) : List.of();
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/**
	 * Whether the draft may become a case.
	 * @return {@code true} exactly when there are no violations
	 */
	public boolean valid() {
		return this.violations.isEmpty();
	}

	/**
	 * The draft status this outcome means.
	 * @return {@code VALID} without violations, else {@code REJECTED}
	 */
	public DraftStatus status() {
		return valid() ? DraftStatus.VALID : DraftStatus.REJECTED;
	}

	/**
	 * This outcome with more warnings added at the end, e.g. what mapping noticed while reading the invoice.
	 * @param more the warnings to add
	 * @return a new outcome
	 */
	public Validation withWarnings(List<FieldIssue> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<FieldIssue> all = new ArrayList<>(this.warnings);
		all.addAll(more);
		return new Validation(this.violations, all);
	}

}
