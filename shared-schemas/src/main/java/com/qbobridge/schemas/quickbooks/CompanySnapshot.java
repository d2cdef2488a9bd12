package com.qbobridge.schemas.quickbooks;

import org.jspecify.annotations.Nullable;

/**
 * What the connector read from QuickBooks' {@code CompanyInfo} and {@code Preferences} when the company was connected.
 * It travels with every invoice because an invoice without {@code CurrencyRef} is in the home currency.
 *
 * @param realmId the QuickBooks company id
 * @param companyName the company's name
 * @param country the company's country as QuickBooks reports it, e.g. {@code US}
 * @param homeCurrency the ISO 4217 home currency
 * @param multiCurrencyEnabled whether invoices may be in other currencies
 */
public record CompanySnapshot(String realmId, String companyName, @Nullable String country, String homeCurrency,
		boolean multiCurrencyEnabled) {

}
