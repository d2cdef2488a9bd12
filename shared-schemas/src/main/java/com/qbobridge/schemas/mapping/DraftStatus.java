package com.qbobridge.schemas.mapping;

/**
 * Whether a draft can become a case as it is.
 */
public enum DraftStatus {

	/** No violations: ready to be approved (warnings may remain). */
	VALID,

	/** At least one violation: needs attention before it can be approved. */
	REJECTED

}
