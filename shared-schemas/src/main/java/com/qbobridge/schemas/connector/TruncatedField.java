package com.qbobridge.schemas.connector;

import java.util.Objects;

/**
 * A text the connector shortened before publishing, because QuickBooks sent more than a record on the broker may
 * carry (Intuit caps its fields, e.g. an invoice's {@code PrivateNote} at 4,000 characters, but a damaged company or a
 * test can hold far more). A consumer that uses the field knows the value is not QuickBooks' whole value.
 *
 * @param field where it is in the event, in the event's own names, e.g. {@code invoice.PrivateNote} or
 * {@code parentCustomers[0].BillAddr.Line1}
 * @param length how many characters QuickBooks sent
 * @param keptLength how many characters were kept (the start of the value)
 */
public record TruncatedField(String field, int length, int keptLength) {

	public TruncatedField {
		Objects.requireNonNull(field, "field must not be null");
	}

}
