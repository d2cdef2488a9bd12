package com.qbobridge.sandbox.accounting;

/**
 * Thrown when an invoice id does not exist (or no longer exists) in a realm.
 */
public class InvoiceNotFound extends RuntimeException {

	public InvoiceNotFound(String realmId, String invoiceId) {
		super("Invoice " + invoiceId + " does not exist in realm " + realmId + ".");
	}

}
