package com.qbobridge.rules;

/**
 * The paths of a case draft's fields as {@code FieldIssue}s name them, so that every service points at the same field
 * the same way (the review page highlights the field a violation names).
 */
public final class CaseFields {

	/** The invoice number. */
	public static final String CREDITOR_REFERENCE = "creditorReference";

	/** The invoice date. */
	public static final String CASE_DATE = "caseDate";

	/** The due date. */
	public static final String DUE_DATE = "dueDate";

	/** The open balance. */
	public static final String AMOUNT_TO_RECOVER = "amountToRecover";

	/** The invoice total, as imported. */
	public static final String INVOICE_TOTAL = "invoiceTotal";

	/** The ISO 4217 currency. */
	public static final String CURRENCY = "currency";

	/** The country whose rules apply. */
	public static final String JURISDICTION = "jurisdiction";

	/** The debtor's kind (company or person). */
	public static final String DEBTOR_TYPE = "debtor.type";

	/** The debtor's name. */
	public static final String DEBTOR_NAME = "debtor.name";

	/** The debtor's e-mail address. */
	public static final String DEBTOR_EMAIL = "debtor.email";

	/** The debtor's phone number. */
	public static final String DEBTOR_PHONE = "debtor.phone";

	/** The debtor's street lines. */
	public static final String ADDRESS_LINES = "debtor.address.lines";

	/** The debtor's city. */
	public static final String ADDRESS_CITY = "debtor.address.city";

	/** The debtor's state, province or region. */
	public static final String ADDRESS_REGION = "debtor.address.region";

	/** The debtor's postal code. */
	public static final String ADDRESS_POSTAL_CODE = "debtor.address.postalCode";

	/** The debtor's country. */
	public static final String ADDRESS_COUNTRY = "debtor.address.country";

	private CaseFields() {
	}

}
