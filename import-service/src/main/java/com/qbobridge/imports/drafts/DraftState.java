package com.qbobridge.imports.drafts;

/**
 * Where a stored draft stands in review.
 */
public enum DraftState {

	/** Valid: can be selected and approved. */
	READY("Ready"),

	/** Has violations: must be fixed before it can be approved. */
	NEEDS_ATTENTION("Needs attention"),

	/** Approved; waiting for case-service to create the case. */
	APPROVED("Approved");

	private final String label;

	DraftState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
