package com.qbobridge.sandbox.accounting;

/**
 * Thrown when a payment cannot apply to an invoice (not positive, or more than the open balance).
 */
public class PaymentRejected extends RuntimeException {

	public PaymentRejected(String message) {
		super(message);
	}

}
