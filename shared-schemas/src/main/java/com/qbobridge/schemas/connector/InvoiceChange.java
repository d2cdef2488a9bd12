package com.qbobridge.schemas.connector;

/**
 * What happened to a QuickBooks invoice, as the connector read it from a webhook or Change Data Capture. The label
 * describes the invoice; consumers decide what it means for them from the balance (a case lowers its amount only when
 * the balance is below it).
 */
public enum InvoiceChange {

	/** The balance is zero: the debtor paid the creditor in full. */
	PAID,

	/** The balance is above zero and below the total: a payment was applied to part of it. */
	PARTIALLY_PAID,

	/** The creditor voided the invoice in QuickBooks (its amounts are zeroed; it stays on the books). */
	VOIDED,

	/** The creditor deleted the invoice in QuickBooks; {@code balance} and {@code total} are not known. */
	DELETED,

	/** The invoice was edited without a payment: its total, and with it the balance, changed (up or down). */
	AMOUNT_CHANGED

}
