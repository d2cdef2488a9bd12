package com.qbobridge.rules;

import java.time.LocalDate;

/**
 * The largest value each case field may hold (text counted in Unicode code points, an emoji counts as one), so that a
 * draft always fits the collection platform's case form, letters and database columns.
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

	/** The earliest invoice or due date a case can carry. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

	/** The latest invoice or due date a case can carry. */
	public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

	/** The most digits an amount may have before the decimal point (just under a quadrillion). */
	public static final int AMOUNT_INTEGER_DIGITS = 15;

	/**
	 * The most decimals any amount may have whatever its currency (KWD, BHD and other dinars have 3); each currency
	 * allows only its own number of decimals ({@code java.util.Currency}'s default fraction digits).
	 */
	public static final int AMOUNT_FRACTION_DIGITS = 3;

	private FieldLimits() {
	}

	/**
	 * Whether a date lies within {@link #EARLIEST_DATE} and {@link #LATEST_DATE}.
	 * @param date the date, must not be null
	 * @return {@code true} when a case can carry it
	 */
	public static boolean dateInRange(LocalDate date) {
		return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
	}

}
