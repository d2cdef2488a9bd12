package com.qbobridge.sandbox.data;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What to generate for a company: its profile, the seed, how many customers and invoices, and the day the data is
 * "as of" (invoice dates and ages count back from it).
 *
 * @param companyName the company name
 * @param country the company's country code, e.g. {@code US}
 * @param homeCurrency the home currency code, e.g. {@code USD}
 * @param multiCurrencyEnabled whether customers and invoices use several currencies
 * @param seed the random seed; the same seed and day give the same data
 * @param customers how many customers
 * @param invoices how many invoices
 * @param asOf the day the data is as of, or {@code null} for today
 */
public record DatasetSpec(String companyName, String country, String homeCurrency, boolean multiCurrencyEnabled,
		long seed, int customers, int invoices, @Nullable LocalDate asOf) {

	/** The most invoices one realm may generate, to keep memory predictable. */
	public static final int MAX_INVOICES = 1_000_000;

	public DatasetSpec {
		Assert.hasText(companyName, "companyName must not be empty");
		Assert.hasText(country, "country must not be empty");
		Assert.hasText(homeCurrency, "homeCurrency must not be empty");
		Assert.isTrue(customers >= 0 && customers <= 200_000, "customers must be between 0 and 200000");
		Assert.isTrue(invoices >= 0 && invoices <= MAX_INVOICES, "invoices must be between 0 and " + MAX_INVOICES);
		Assert.isTrue(invoices == 0 || customers > 0, "invoices need at least one customer");
	}

}
