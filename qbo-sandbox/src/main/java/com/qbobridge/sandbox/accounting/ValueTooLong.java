package com.qbobridge.sandbox.accounting;

/**
 * A text longer than QuickBooks allows in its field, refused as Intuit refuses it: ValidationFault code 2050, "String
 * length is either shorter or longer than supported by specification".
 */
public class ValueTooLong extends IllegalArgumentException {

	/** Intuit's error code for a string of unsupported length. */
	public static final String CODE = "2050";

	private final String element;

	private final int max;

	private final int supplied;

	ValueTooLong(String element, int max, int supplied) {
		super("String length is either shorter or longer than supported by specification: " + element
				+ ". String length specified does not match the supported length. Min:0 Max:" + max
				+ " supported. Supplied length:" + supplied);
		this.element = element;
		this.max = max;
		this.supplied = supplied;
	}

	/** The field, e.g. {@code Invoice.PrivateNote}. */
	public String element() {
		return this.element;
	}

	public int max() {
		return this.max;
	}

	public int supplied() {
		return this.supplied;
	}

}
