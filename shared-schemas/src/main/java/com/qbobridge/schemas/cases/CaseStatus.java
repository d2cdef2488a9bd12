package com.qbobridge.schemas.cases;

/**
 * Where a collection case stands.
 */
public enum CaseStatus {

	/** Stored, not yet handed to collection. */
	CREATED,

	/** Handed to collection. */
	SUBMITTED

}
