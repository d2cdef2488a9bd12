package com.qbobridge.sandbox.accounting;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What describes a company (realm) in CompanyInfo and Preferences: name, country, home currency, multicurrency, and
 * its address, whose {@code Country} QuickBooks writes with three letters ({@code USA}, {@code CAN}, {@code GBR}).
 *
 * @param companyName the company's name
 * @param country the company's country code, e.g. {@code US}, as CompanyInfo's {@code Country}
 * @param homeCurrency the home currency code
 * @param multiCurrencyEnabled whether multicurrency is on
 * @param createdAt when the company was created
 * @param address the company address ({@code CompanyAddr}, {@code LegalAddr}), {@code null} when not set
 */
public record CompanyProfile(String companyName, String country, String homeCurrency, boolean multiCurrencyEnabled,
		OffsetDateTime createdAt, @Nullable Address address) {

	public CompanyProfile {
		Assert.hasText(companyName, "companyName must not be empty");
		Assert.hasText(country, "country must not be empty");
		Assert.hasText(homeCurrency, "homeCurrency must not be empty");
	}

	/**
	 * A company without an address of its own.
	 * @param companyName the company's name
	 * @param country the country code
	 * @param homeCurrency the home currency code
	 * @param multiCurrencyEnabled whether multicurrency is on
	 * @param createdAt when the company was created
	 */
	public CompanyProfile(String companyName, String country, String homeCurrency, boolean multiCurrencyEnabled,
			OffsetDateTime createdAt) {
		this(companyName, country, homeCurrency, multiCurrencyEnabled, createdAt, null);
	}

}
