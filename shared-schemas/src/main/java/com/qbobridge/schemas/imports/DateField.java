package com.qbobridge.schemas.imports;

/**
 * Which invoice date an import's from/to range applies to.
 */
public enum DateField {

	/** The invoice (creation) date, QuickBooks' {@code TxnDate}. */
	INVOICE_DATE,

	/** QuickBooks' {@code DueDate}. */
	DUE_DATE

}
