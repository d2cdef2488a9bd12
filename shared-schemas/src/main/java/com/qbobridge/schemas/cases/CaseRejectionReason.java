package com.qbobridge.schemas.cases;

/**
 * Why an approved draft did not become a case.
 */
public enum CaseRejectionReason {

	/** A case already exists for this invoice; {@code existingCaseId} names it. */
	DUPLICATE,

	/** Another case of the account already uses this creditor reference. */
	DUPLICATE_REFERENCE,

	/** The draft failed validation; {@code violations} say why. */
	INVALID

}
