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
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record QboCustomer(String id, @Nullable String syncToken, @Nullable String displayName,
		@Nullable String companyName, @Nullable String givenName, @Nullable String familyName,
		@Nullable QboEmail primaryEmailAddr, @Nullable QboPhone primaryPhone, @Nullable QboPhone mobile,
		@Nullable QboAddress billAddr, @Nullable QboRef currencyRef, @Nullable Boolean active) {

}
