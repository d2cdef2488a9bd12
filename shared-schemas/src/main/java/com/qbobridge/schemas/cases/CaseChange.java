package com.qbobridge.schemas.cases;

/**
 * What changed on a collection case, and so what a {@link CaseUpdated} reports.
 */
public enum CaseChange {

	/** The invoice was paid in full in QuickBooks: the case is closed as paid to the creditor. */
	PAID_TO_CREDITOR,

	/** A part payment (or a lower total) lowered the balance: the amount to recover was lowered to it. */
	AMOUNT_LOWERED,

	/**
	 * QuickBooks reports a balance above the amount to recover: recorded and shown for review, never applied, so the
	 * amount is unchanged.
	 */
	BALANCE_INCREASED,

	/** The invoice was voided in QuickBooks: the case is on hold for review. */
	INVOICE_VOIDED,

	/** The invoice was deleted in QuickBooks: the case is on hold for review. */
	INVOICE_DELETED

}
