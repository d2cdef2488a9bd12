package com.qbobridge.connector.oauth;

import com.qbobridge.connector.quickbooks.IntuitFault;
import com.qbobridge.connector.quickbooks.QuickBooksApi;
import com.qbobridge.connector.quickbooks.QuickBooksCallFailed;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads what the pipeline needs to know about a company right after it was connected: its name and country from
 * {@code CompanyInfo}, its home currency and multicurrency setting from {@code Preferences}.
 */
class CompanyReader {

	private final QuickBooksApi api;

	CompanyReader(QuickBooksApi api) {
		this.api = api;
	}

	CompanySnapshot read(String realmId, String accessToken) {
		JsonNode info = this.api.companyInfo(realmId, accessToken);
		JsonNode preferences = this.api.preferences(realmId, accessToken);
		JsonNode currency = preferences.path("CurrencyPrefs");
		String homeCurrency = text(currency.path("HomeCurrency"), "value");
		if (homeCurrency == null) {
			throw new QuickBooksCallFailed(realmId, 200, IntuitFault.NONE, null,
					new IllegalStateException("Preferences name no home currency"));
		}
		String name = text(info, "CompanyName");
		String country = text(info, "Country");
		if (country == null) {
			country = text(info.path("CompanyAddr"), "Country");
		}
		return new CompanySnapshot(realmId, (name != null) ? name : realmId, country, homeCurrency,
				currency.path("MultiCurrencyEnabled").asBoolean(false));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull() || value.asString().isBlank()) ? null : value.asString();
	}

}
