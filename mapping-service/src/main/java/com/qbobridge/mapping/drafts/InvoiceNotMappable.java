package com.qbobridge.mapping.drafts;

/**
 * An {@code InvoiceFetched} event lacks what every draft needs (invoice id, realm), so no draft can be made from it
 * and the record belongs in the dead-letter topic.
 */
public class InvoiceNotMappable extends RuntimeException {

	public InvoiceNotMappable(String message) {
		super(message);
	}

}
