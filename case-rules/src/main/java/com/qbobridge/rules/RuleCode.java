package com.qbobridge.rules;

/**
 * Every code {@link CaseDraftValidator} reports, with its severity, so that services and pages can react to a code
 * rather than parse a message.
 */
public enum RuleCode {

	/** The draft has no creditor reference (invoice number). */
	CREDITOR_REFERENCE_MISSING(Severity.VIOLATION),

	/** The creditor reference is longer than {@link FieldLimits#CREDITOR_REFERENCE}. */
	CREDITOR_REFERENCE_TOO_LONG(Severity.VIOLATION),

	/** The invoice date is missing. */
	CASE_DATE_MISSING(Severity.VIOLATION),

	/** The invoice date lies outside {@link FieldLimits#EARLIEST_DATE} to {@link FieldLimits#LATEST_DATE}. */
	CASE_DATE_OUT_OF_RANGE(Severity.VIOLATION),

	/** The invoice date lies in the future. */
	CASE_DATE_IN_FUTURE(Severity.WARNING),

	/** The due date is missing. */
	DUE_DATE_MISSING(Severity.VIOLATION),

	/** The due date lies outside {@link FieldLimits#EARLIEST_DATE} to {@link FieldLimits#LATEST_DATE}. */
	DUE_DATE_OUT_OF_RANGE(Severity.VIOLATION),

	/** The due date lies before the invoice date. */
	DUE_DATE_BEFORE_CASE_DATE(Severity.WARNING),

	/** The invoice is not overdue yet (due today or later). */
	INVOICE_NOT_YET_DUE(Severity.WARNING),

	/** There is no amount to recover. */
	AMOUNT_MISSING(Severity.VIOLATION),

	/** The amount to recover is zero or negative. */
	AMOUNT_NOT_POSITIVE(Severity.VIOLATION),

	/** The amount has more than {@link FieldLimits#AMOUNT_INTEGER_DIGITS} digits before the decimal point. */
	AMOUNT_TOO_LARGE(Severity.VIOLATION),

	/** The amount has more decimals than its currency has minor units. */
	AMOUNT_PRECISION_INVALID(Severity.VIOLATION),

	/** The amount to recover is below the configured minimum. */
	AMOUNT_BELOW_MINIMUM(Severity.VIOLATION),

	/** No reference rate is configured for the currency, so the minimum could not be checked. */
	AMOUNT_MINIMUM_NOT_CHECKED(Severity.WARNING),

	/** The open balance is lower than the invoice total: the invoice was partly paid. */
	AMOUNT_PARTIALLY_PAID(Severity.WARNING),

	/** The open balance is higher than the invoice total. */
	AMOUNT_EXCEEDS_INVOICE_TOTAL(Severity.WARNING),

	/** The amount to recover is higher than the invoice's open balance: a case never claims more than is owed. */
	AMOUNT_ABOVE_OPEN_BALANCE(Severity.VIOLATION),

	/** The invoice total has more than {@link FieldLimits#AMOUNT_INTEGER_DIGITS} digits before the decimal point. */
	INVOICE_TOTAL_TOO_LARGE(Severity.VIOLATION),

	/** The invoice total has more decimals than its currency has minor units. */
	INVOICE_TOTAL_PRECISION_INVALID(Severity.VIOLATION),

	/** The currency is missing. */
	CURRENCY_MISSING(Severity.VIOLATION),

	/** The currency is not an active ISO 4217 code. */
	CURRENCY_INVALID(Severity.VIOLATION),

	/** The jurisdiction is missing. */
	JURISDICTION_MISSING(Severity.VIOLATION),

	/** The jurisdiction is not a recognisable country. */
	JURISDICTION_UNKNOWN(Severity.VIOLATION),

	/** The jurisdiction is a country, but cases cannot be filed there. */
	JURISDICTION_NOT_SUPPORTED(Severity.VIOLATION),

	/** The jurisdiction differs from the debtor's country. */
	JURISDICTION_DIFFERS_FROM_ADDRESS(Severity.WARNING),

	/** The debtor has no name. */
	DEBTOR_NAME_MISSING(Severity.VIOLATION),

	/** The debtor's name is longer than {@link FieldLimits#DEBTOR_NAME}. */
	DEBTOR_NAME_TOO_LONG(Severity.VIOLATION),

	/** Whether the debtor is a company or a person is unknown. */
	DEBTOR_TYPE_MISSING(Severity.WARNING),

	/** The e-mail address is not syntactically valid; it is left out of the case. */
	DEBTOR_EMAIL_INVALID(Severity.WARNING),

	/** The e-mail address is longer than {@link FieldLimits#DEBTOR_EMAIL}. */
	DEBTOR_EMAIL_TOO_LONG(Severity.VIOLATION),

	/** The phone number is not a valid number for the debtor's country; it is left out of the case. */
	DEBTOR_PHONE_INVALID(Severity.WARNING),

	/** The phone number is longer than {@link FieldLimits#DEBTOR_PHONE}. */
	DEBTOR_PHONE_TOO_LONG(Severity.VIOLATION),

	/** The phone number is valid but belongs to another country than the debtor's address. */
	DEBTOR_PHONE_OTHER_COUNTRY(Severity.WARNING),

	/** The phone number is valid but not written in E.164 form. */
	DEBTOR_PHONE_NOT_E164(Severity.WARNING),

	/** The address has no street line. */
	ADDRESS_LINE_MISSING(Severity.VIOLATION),

	/** A street line is longer than {@link FieldLimits#ADDRESS_LINE}. */
	ADDRESS_LINE_TOO_LONG(Severity.VIOLATION),

	/** The address has more street lines than {@link FieldLimits#ADDRESS_LINES}. */
	ADDRESS_TOO_MANY_LINES(Severity.VIOLATION),

	/** The address has no city. */
	ADDRESS_CITY_MISSING(Severity.VIOLATION),

	/** The city is longer than {@link FieldLimits#ADDRESS_CITY}. */
	ADDRESS_CITY_TOO_LONG(Severity.VIOLATION),

	/** The address has no state, province or region although its country requires one. */
	ADDRESS_REGION_MISSING(Severity.VIOLATION),

	/** The region is not a state, province or territory code of the country. */
	ADDRESS_REGION_INVALID(Severity.VIOLATION),

	/** The region is longer than {@link FieldLimits#ADDRESS_REGION}. */
	ADDRESS_REGION_TOO_LONG(Severity.VIOLATION),

	/** The address has no postal code although its country uses them. */
	ADDRESS_POSTAL_CODE_MISSING(Severity.VIOLATION),

	/** The postal code does not have the country's format. */
	ADDRESS_POSTAL_CODE_INVALID(Severity.VIOLATION),

	/** The postal code is longer than {@link FieldLimits#ADDRESS_POSTAL_CODE}. */
	ADDRESS_POSTAL_CODE_TOO_LONG(Severity.VIOLATION),

	/** The address has no country. */
	ADDRESS_COUNTRY_MISSING(Severity.VIOLATION),

	/** The country is not a recognisable ISO 3166-1 alpha-2 code. */
	ADDRESS_COUNTRY_UNKNOWN(Severity.VIOLATION),

	/** A text field contains control characters (line breaks, tabs, NUL...), which a case field cannot hold. */
	CONTROL_CHARACTERS(Severity.VIOLATION),

	/**
	 * A text field contains invisible format characters (zero-width characters, text-direction controls such as
	 * U+202E, the byte order mark), which would make a case read differently from what it holds.
	 */
	FORMAT_CHARACTERS(Severity.VIOLATION);

	private final Severity severity;

	RuleCode(Severity severity) {
		this.severity = severity;
	}

	/**
	 * Whether this code rejects a draft.
	 * @return the severity
	 */
	public Severity severity() {
		return this.severity;
	}

}
