package com.qbobridge.sandbox.accounting;

import java.time.OffsetDateTime;

import org.springframework.util.Assert;

/**
 * What describes a company (realm) in CompanyInfo and Preferences: name, country, home currency, multicurrency.
 */
public record CompanyProfile(String companyName, String country, String homeCurrency, boolean multiCurrencyEnabled,
		OffsetDateTime createdAt) {

	public CompanyProfile {
		Assert.hasText(companyName, "companyName must not be empty");
		Assert.hasText(country, "country must not be empty");
		Assert.hasText(homeCurrency, "homeCurrency must not be empty");
	}

}
