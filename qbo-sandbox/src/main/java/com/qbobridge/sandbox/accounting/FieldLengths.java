package com.qbobridge.sandbox.accounting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Intuit's length limits on the texts this sandbox keeps (Accounting API reference, Invoice and Customer entities,
 * {@code PhysicalAddress}, {@code EmailAddress}, {@code TelephoneNumber}): QuickBooks refuses a create with a longer
 * value (ValidationFault 2050), so data created here never holds one either. Counted in characters, as Intuit does.
 */
public final class FieldLengths {

	/** {@code Invoice.DocNumber}. */
	public static final int DOC_NUMBER = 21;

	/** {@code Invoice.PrivateNote}. */
	public static final int PRIVATE_NOTE = 4000;

	/** {@code Line.Description}. */
	public static final int LINE_DESCRIPTION = 4000;

	/** {@code Customer.DisplayName}. */
	public static final int DISPLAY_NAME = 500;

	/** {@code Customer.CompanyName}, {@code GivenName} and {@code FamilyName}. */
	public static final int NAME = 100;

	/** {@code EmailAddress.Address}. */
	public static final int EMAIL = 100;

	/** {@code TelephoneNumber.FreeFormNumber}. */
	public static final int PHONE = 30;

	/** Each of {@code PhysicalAddress.Line1..Line5}. */
	public static final int ADDRESS_LINE = 500;

	/** {@code PhysicalAddress.Line1..Line5} together. */
	public static final int ADDRESS_LINES = 2000;

	/** {@code PhysicalAddress.City}, {@code Country} and {@code CountrySubDivisionCode}. */
	public static final int ADDRESS_PART = 255;

	/** {@code PhysicalAddress.PostalCode}. */
	public static final int POSTAL_CODE = 30;

	private FieldLengths() {
	}

	/**
	 * Refuses an invoice with a text longer than Intuit allows.
	 * @param invoice the invoice to create
	 * @throws ValueTooLong naming the first such field
	 */
	public static void check(Invoice invoice) {
		check("Invoice.DocNumber", invoice.docNumber(), DOC_NUMBER);
		check("Invoice.PrivateNote", invoice.privateNote(), PRIVATE_NOTE);
		for (Line line : invoice.lines()) {
			check("Line.Description", line.description(), LINE_DESCRIPTION);
		}
		check("Invoice.BillAddr", invoice.billAddr());
		check("Invoice.BillEmail.Address", (invoice.billEmail() != null) ? invoice.billEmail().address() : null, EMAIL);
	}

	/**
	 * Refuses a customer with a text longer than Intuit allows.
	 * @param customer the customer to create
	 * @throws ValueTooLong naming the first such field
	 */
	public static void check(Customer customer) {
		check("Customer.DisplayName", customer.displayName(), DISPLAY_NAME);
		check("Customer.CompanyName", customer.companyName(), NAME);
		check("Customer.GivenName", customer.givenName(), NAME);
		check("Customer.FamilyName", customer.familyName(), NAME);
		check("Customer.PrimaryEmailAddr.Address",
				(customer.primaryEmailAddr() != null) ? customer.primaryEmailAddr().address() : null, EMAIL);
		check("Customer.PrimaryPhone.FreeFormNumber",
				(customer.primaryPhone() != null) ? customer.primaryPhone().freeFormNumber() : null, PHONE);
		check("Customer.Mobile.FreeFormNumber",
				(customer.mobile() != null) ? customer.mobile().freeFormNumber() : null, PHONE);
		check("Customer.BillAddr", customer.billAddr());
	}

	private static void check(String element, @Nullable Address address) {
		if (address == null) {
			return;
		}
		int lines = 0;
		List<@Nullable String> texts = java.util.Arrays.asList(address.line1(), address.line2(), address.line3(),
				address.line4(), address.line5());
		for (int i = 0; i < texts.size(); i++) {
			check(element + ".Line" + (i + 1), texts.get(i), ADDRESS_LINE);
			lines += (texts.get(i) != null) ? texts.get(i).length() : 0;
		}
		if (lines > ADDRESS_LINES) {
			throw new ValueTooLong(element + ".Line1..Line5", ADDRESS_LINES, lines);
		}
		check(element + ".City", address.city(), ADDRESS_PART);
		check(element + ".Country", address.country(), ADDRESS_PART);
		check(element + ".CountrySubDivisionCode", address.countrySubDivisionCode(), ADDRESS_PART);
		check(element + ".PostalCode", address.postalCode(), POSTAL_CODE);
	}

	private static void check(String element, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			throw new ValueTooLong(element, max, value.length());
		}
	}

}
