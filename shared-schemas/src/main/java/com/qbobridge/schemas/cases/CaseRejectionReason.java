package com.qbobridge.schemas.cases;

/**
 * Why an approved draft did not become a case.
 */
public enum CaseRejectionReason {

	/**
	 * A case already exists for this invoice; {@code existingCaseId} names it. Also the answer to a redelivered
	 * approval, under an event id derived from the approval's ({@code UUID.nameUUIDFromBytes("CaseRejected:duplicate:"
	 * + approvalEventId)}), so repeats de-duplicate; {@code existingCaseId} is then {@code null} when that approval
	 * created no case.
	 */
	DUPLICATE,

	/** Another case of the account already uses this creditor reference. */
	DUPLICATE_REFERENCE,

	/** The draft failed validation; {@code violations} say why. */
	INVALID

}
