package com.qbobridge.rules;

/**
 * The longest text each case field may hold, counted in Unicode code points (an emoji counts as one), so that a
 * draft always fits the collection platform's case form and letters.
 */
public final class FieldLimits {

	/** Invoice numbers: QuickBooks allows 21 characters, 50 leaves room for other sources. */
	public static final int CREDITOR_REFERENCE = 50;

	/** A person's or company's name. */
	public static final int DEBTOR_NAME = 200;

	/** RFC 5321's limit on a forward path. */
	public static final int DEBTOR_EMAIL = 254;

	/** A phone number as typed, extension included. */
	public static final int DEBTOR_PHONE = 40;

	/** One street line. */
	public static final int ADDRESS_LINE = 100;

	/** The number of street lines a case address holds (QuickBooks has five). */
	public static final int ADDRESS_LINES = 5;

	/** A city name. */
	public static final int ADDRESS_CITY = 100;

	/** A state, province or region. */
	public static final int ADDRESS_REGION = 50;

	/** A postal code. */
	public static final int ADDRESS_POSTAL_CODE = 20;

	/** A country as written, when it was not recognised. */
	public static final int ADDRESS_COUNTRY = 100;

	private FieldLimits() {
	}

}
