package com.qbobridge.schemas.quickbooks;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A QuickBooks Online {@code Invoice} with the fields a collection case needs, named and shaped exactly as the
 * Accounting API sends them, so that the connector forwards what QuickBooks said without reinterpreting it. Line
 * items are left out: a case is about the open balance, not the goods sold.
 *
 * @param id QuickBooks' id, unique within the realm
 * @param syncToken QuickBooks' version counter; changes on every edit
 * @param docNumber the invoice number the creditor and debtor know, may be blank
 * @param txnDate the invoice date
 * @param dueDate the due date
 * @param totalAmt the invoice total
 * @param balance the open balance; equal to the total while nothing was paid
 * @param currencyRef the invoice currency; absent when multicurrency is off (home currency applies)
 * @param exchangeRate rate to the home currency, when multicurrency is on
 * @param customerRef the customer billed
 * @param billAddr the billing address printed on the invoice
 * @param billEmail the address the invoice was sent to
 * @param privateNote the internal memo (QuickBooks writes "Voided" there on void)
 * @param metaData creation and last update times
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record QboInvoice(String id, @Nullable String syncToken, @Nullable String docNumber,
		@Nullable LocalDate txnDate, @Nullable LocalDate dueDate, @Nullable BigDecimal totalAmt,
		@Nullable BigDecimal balance, @Nullable QboRef currencyRef, @Nullable BigDecimal exchangeRate,
		@Nullable QboRef customerRef, @Nullable QboAddress billAddr, @Nullable QboEmail billEmail,
		@Nullable String privateNote, @Nullable QboMetaData metaData) {

}
