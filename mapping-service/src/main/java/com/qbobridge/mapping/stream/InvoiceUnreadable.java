package com.qbobridge.mapping.stream;

/**
 * A record on {@code connector.invoice-fetched} is not a readable {@code InvoiceFetched}; its message is the reason
 * the dead-letter record carries in {@code x-exception-message}.
 */
class InvoiceUnreadable extends RuntimeException {

	InvoiceUnreadable(String message, Throwable cause) {
		super(message, cause);
	}

	InvoiceUnreadable(String message) {
		super(message);
	}

}
