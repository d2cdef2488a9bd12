package com.qbobridge.mapping.drafts;

import com.qbobridge.schemas.mapping.FieldIssue;

/**
 * What mapping had to decide on the creditor's behalf while reading an invoice; each becomes a warning on the draft
 * (never a rejection) so that the creditor can check the choice on the review page.
 */
public enum MappingNote {

	/** The invoice has no {@code DocNumber}; its QuickBooks {@code Id} is the creditor reference. */
	CREDITOR_REFERENCE_FROM_ID,

	/** The customer is no longer in QuickBooks; the name on the invoice's {@code CustomerRef} is used. */
	CUSTOMER_NOT_FOUND,

	/** The customer is inactive ("deleted") in QuickBooks; its unpaid invoices are still owed. */
	CUSTOMER_INACTIVE,

	/** The e-mail field holds several addresses; the first is used. */
	DEBTOR_EMAIL_FIRST_OF_SEVERAL,

	/** The invoice has no billing address; the customer's is used. */
	ADDRESS_FROM_CUSTOMER,

	/** City, state and ZIP code were written in a street line; they were read from it. */
	ADDRESS_READ_FROM_LINES,

	/**
	 * The invoice's billing address was typed as free lines that name the customer's street; the customer's
	 * structured billing address is used instead.
	 */
	ADDRESS_MATCHED_CUSTOMER,

	/** The invoice's customer is a sub-customer or job billed with its parent; the parent is the debtor. */
	DEBTOR_IS_PARENT_CUSTOMER,

	/**
	 * The invoice's customer is a sub-customer or job billed with its parent, which the event does not carry; the
	 * parent's name is read from the customer's {@code FullyQualifiedName}.
	 */
	DEBTOR_PARENT_FROM_NAME,

	/** The address has no country; the QuickBooks company's country is assumed. */
	ADDRESS_COUNTRY_ASSUMED,

	/** The invoice has no currency; the company's home currency is used. */
	CURRENCY_FROM_HOME;

	FieldIssue issue(String field, String message) {
		return new FieldIssue(name(), field, message);
	}

}
