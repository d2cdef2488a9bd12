package com.qbobridge.schemas.cases;

/**
 * Where a collection case stands.
 */
public enum CaseStatus {

	/** Stored, not yet handed to collection. */
	CREATED,

	/** Handed to collection. */
	SUBMITTED,

	/** Its invoice was voided or deleted in QuickBooks: collection waits for the creditor's review. */
	ON_HOLD,

	/** Closed: the debtor paid the creditor (the invoice is paid in QuickBooks); nothing is left to recover. */
	PAID_TO_CREDITOR

}
