package com.qbobridge.schemas.quickbooks;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A QuickBooks Online {@code Customer} with the fields that identify and reach a debtor, named as the Accounting API
 * sends them. Inactive customers are included: their unpaid invoices are still owed.
 *
 * @param id QuickBooks' id, unique within the realm
 * @param syncToken QuickBooks' version counter
 * @param displayName the name shown in QuickBooks, unique within the realm
 * @param companyName the legal name when the customer is a business
 * @param givenName first name of a person
 * @param familyName last name of a person
 * @param primaryEmailAddr the main e-mail address
 * @param primaryPhone the main phone number
 * @param mobile the mobile number
 * @param billAddr the default billing address
 * @param currencyRef the customer's currency when multicurrency is on
 * @param active {@code false} when the customer was made inactive ("deleted" in the UI)
 * @param job {@code true} for a sub-customer or job, which has a {@code ParentRef}
 * @param parentRef the parent customer of a sub-customer or job
 * @param billWithParent {@code true} when a sub-customer or job is billed with (and so owed by) its parent
 * @param fullyQualifiedName the name with every ancestor's, colon-separated: {@code Parent:Job}
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record QboCustomer(String id, @Nullable String syncToken, @Nullable String displayName,
		@Nullable String companyName, @Nullable String givenName, @Nullable String familyName,
		@Nullable QboEmail primaryEmailAddr, @Nullable QboPhone primaryPhone, @Nullable QboPhone mobile,
		@Nullable QboAddress billAddr, @Nullable QboRef currencyRef, @Nullable Boolean active,
		@Nullable Boolean job, @Nullable QboRef parentRef, @Nullable Boolean billWithParent,
		@Nullable String fullyQualifiedName) {

	/**
	 * A customer that is not a sub-customer or job, or whose hierarchy was not read.
	 * @param id QuickBooks' id
	 * @param syncToken the version counter
	 * @param displayName the display name
	 * @param companyName the legal name of a business
	 * @param givenName the first name of a person
	 * @param familyName the last name of a person
	 * @param primaryEmailAddr the main e-mail address
	 * @param primaryPhone the main phone number
	 * @param mobile the mobile number
	 * @param billAddr the default billing address
	 * @param currencyRef the customer's currency
	 * @param active whether the customer is active
	 */
	public QboCustomer(String id, @Nullable String syncToken, @Nullable String displayName,
			@Nullable String companyName, @Nullable String givenName, @Nullable String familyName,
			@Nullable QboEmail primaryEmailAddr, @Nullable QboPhone primaryPhone, @Nullable QboPhone mobile,
			@Nullable QboAddress billAddr, @Nullable QboRef currencyRef, @Nullable Boolean active) {
		this(id, syncToken, displayName, companyName, givenName, familyName, primaryEmailAddr, primaryPhone, mobile,
				billAddr, currencyRef, active, null, null, null, null);
	}

	/**
	 * Whether QuickBooks bills this sub-customer or job to its parent, so that the parent owes its invoices.
	 * @return {@code true} only for a job with a parent reference and {@code BillWithParent} set
	 */
	public boolean billedWithParent() {
		return Boolean.TRUE.equals(this.billWithParent) && this.parentRef != null;
	}

}
