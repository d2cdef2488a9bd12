package com.qbobridge.schemas.connector;

/**
 * What happened in QuickBooks to an invoice behind a case.
 */
public enum InvoiceChange {

	/** The balance reached zero: the debtor paid the creditor. */
	PAID,

	/** The balance went down but not to zero. */
	PARTIALLY_PAID,

	/** The creditor voided the invoice (QuickBooks keeps it with zero amounts). */
	VOIDED,

	/** The creditor deleted the invoice. */
	DELETED,

	/** The total changed or the balance grew: an edit, not a payment. */
	AMOUNT_CHANGED

}
