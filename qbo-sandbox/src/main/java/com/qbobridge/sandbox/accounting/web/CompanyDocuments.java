package com.qbobridge.sandbox.accounting.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qbobridge.sandbox.accounting.CompanyProfile;
import com.qbobridge.sandbox.accounting.Realm;

/**
 * Builds CompanyInfo and Preferences in Intuit's shapes from a realm's profile.
 */
final class CompanyDocuments {

	private static final DateTimeFormatter META_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private CompanyDocuments() {
	}

	static Map<String, Object> companyInfo(Realm realm) {
		CompanyProfile profile = realm.profile();
		Map<String, Object> address = address(profile.country());
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("CompanyName", profile.companyName());
		info.put("LegalName", profile.companyName());
		info.put("CompanyAddr", address);
		info.put("CustomerCommunicationAddr", address);
		info.put("LegalAddr", address);
		info.put("CustomerCommunicationEmailAddr", Map.of("Address", "billing@example.com"));
		info.put("PrimaryPhone", Map.of());
		info.put("CompanyStartDate", profile.createdAt().toLocalDate().toString());
		info.put("FiscalYearStartMonth", "January");
		info.put("Country", profile.country());
		info.put("Email", Map.of("Address", "billing@example.com"));
		info.put("WebAddr", Map.of());
		info.put("SupportedLanguages", "en");
		info.put("NameValue", List.of(nameValue("NeoEnabled", "true"), nameValue("IndustryType", "Other"),
				nameValue("IndustryCode", "0"), nameValue("CompanyType", "Other"),
				nameValue("SubscriptionStatus", "SUBSCRIBED"), nameValue("OfferingSku", "QuickBooks Online Plus"),
				nameValue("PayrollFeature", "false"), nameValue("AccountantFeature", "false"),
				nameValue("IsQbdtMigrated", "false"), nameValue("MigrationDate", ""),
				nameValue("QBOIndustryType", "Other"), nameValue("ItemCategoriesFeature", "true"),
				nameValue("AssignedTime", META_TIME.format(profile.createdAt()))));
		info.put("domain", "QBO");
		info.put("sparse", false);
		info.put("Id", "1");
		info.put("SyncToken", "3");
		info.put("MetaData", metaData(realm));
		return info;
	}

	static Map<String, Object> preferences(Realm realm) {
		CompanyProfile profile = realm.profile();
		Map<String, Object> currency = new LinkedHashMap<>();
		currency.put("MultiCurrencyEnabled", profile.multiCurrencyEnabled());
		currency.put("HomeCurrency", Map.of("value", profile.homeCurrency()));
		Map<String, Object> preferences = new LinkedHashMap<>();
		preferences.put("AccountingInfoPrefs", Map.of("UseAccountNumbers", false, "TrackDepartments", false,
				"ClassTrackingPerTxn", false, "ClassTrackingPerTxnLine", false, "CustomerTerminology", "Customers",
				"FirstMonthOfFiscalYear", "January", "TaxYearMonth", "January"));
		preferences.put("SalesFormsPrefs", Map.of("CustomTxnNumbers", true, "AllowDeposit", false,
				"AllowDiscount", true, "AllowEstimates", true, "ETransactionEnabledStatus", "NotApplicable",
				"DefaultTerms", Map.of("value", "3")));
		preferences.put("CurrencyPrefs", currency);
		preferences.put("TaxPrefs", Map.of("UsingSalesTax", true, "PartnerTaxEnabled", true));
		preferences.put("OtherPrefs", Map.of("NameValue", List.of(nameValue("SalesFormsPrefs.DefaultCustomerMessage", ""),
				nameValue("VendorAndPurchasesPrefs.BillableStatus", "false"))));
		preferences.put("domain", "QBO");
		preferences.put("sparse", false);
		preferences.put("Id", "1");
		preferences.put("SyncToken", "2");
		preferences.put("MetaData", metaData(realm));
		return preferences;
	}

	private static Map<String, Object> metaData(Realm realm) {
		String created = META_TIME.format(realm.profile().createdAt());
		return Map.of("CreateTime", created, "LastUpdatedTime", created);
	}

	private static Map<String, Object> address(String country) {
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("Id", "1");
		switch (country) {
			case "CA" -> {
				address.put("Line1", "100 King St W");
				address.put("City", "Toronto");
				address.put("CountrySubDivisionCode", "ON");
				address.put("PostalCode", "M5X 1A9");
			}
			case "GB", "UK" -> {
				address.put("Line1", "1 Poultry");
				address.put("City", "London");
				address.put("PostalCode", "EC2R 8EJ");
			}
			default -> {
				address.put("Line1", "2700 Coast Ave");
				address.put("City", "Mountain View");
				address.put("CountrySubDivisionCode", "CA");
				address.put("PostalCode", "94043");
			}
		}
		address.put("Country", country);
		return address;
	}

	private static Map<String, String> nameValue(String name, String value) {
		Map<String, String> pair = new LinkedHashMap<>();
		pair.put("Name", name);
		pair.put("Value", value);
		return pair;
	}

}
