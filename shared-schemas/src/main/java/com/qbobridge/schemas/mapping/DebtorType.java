package com.qbobridge.schemas.mapping;

/**
 * Whether the debtor is a business or a person; collection rules differ between the two.
 */
public enum DebtorType {

	/** The QuickBooks customer has a company name. */
	COMPANY,

	/** The QuickBooks customer has no company name. */
	PERSON

}
