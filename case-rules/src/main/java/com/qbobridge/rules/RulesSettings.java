package com.qbobridge.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parts of the rules a deployment may tune: where cases can be filed, and the smallest amount worth collecting.
 *
 * @param supportedJurisdictions ISO 3166-1 alpha-2 codes of the countries cases can be filed in
 * @param minimumAmount the smallest amount to recover, in {@code minimumAmountCurrency}
 * @param minimumAmountCurrency the ISO 4217 currency of {@code minimumAmount}
 * @param referenceRates units of {@code minimumAmountCurrency} per 1 unit of the key currency, used only to compare an
 * amount with the minimum; a currency without a rate is not checked against the minimum (a warning says so)
 */
public record RulesSettings(Set<String> supportedJurisdictions, BigDecimal minimumAmount, String minimumAmountCurrency,
		Map<String, BigDecimal> referenceRates) {

	/** The default supported jurisdictions: North America, the UK and Ireland, Oceania, and most of the EU/EEA. */
	public static final Set<String> DEFAULT_JURISDICTIONS = Set.of("US", "CA", "GB", "IE", "AU", "NZ", "DE", "AT",
			"CH", "FR", "BE", "NL", "LU", "ES", "PT", "IT", "DK", "SE", "NO", "FI", "PL", "CZ", "IS", "LI", "MT", "CY",
			"GR", "EE", "LV", "LT", "SK", "SI", "HR", "HU", "RO", "BG");

	private static final Map<String, BigDecimal> DEFAULT_USD_RATES = defaultUsdRates();

	public RulesSettings {
		Objects.requireNonNull(supportedJurisdictions, "supportedJurisdictions must not be null");
		Objects.requireNonNull(minimumAmount, "minimumAmount must not be null");
		Objects.requireNonNull(minimumAmountCurrency, "minimumAmountCurrency must not be null");
		Objects.requireNonNull(referenceRates, "referenceRates must not be null");
		if (minimumAmount.signum() < 0) {
			throw new IllegalArgumentException("minimumAmount must not be negative");
		}
		minimumAmountCurrency = minimumAmountCurrency.trim().toUpperCase(Locale.ROOT);
		if (!Currencies.isActive(minimumAmountCurrency)) {
			throw new IllegalArgumentException("minimumAmountCurrency must be an active ISO 4217 code");
		}
		TreeSet<String> jurisdictions = new TreeSet<>();
		for (String jurisdiction : supportedJurisdictions) {
			String code = Objects.requireNonNull(jurisdiction, "jurisdictions must not be null")
				.trim()
				.toUpperCase(Locale.ROOT);
			if (!Countries.isIsoAlpha2(code)) {
				throw new IllegalArgumentException("supported jurisdiction '" + jurisdiction
						+ "' is not an ISO 3166-1 alpha-2 code");
			}
			jurisdictions.add(code);
		}
		supportedJurisdictions = Collections.unmodifiableSet(jurisdictions);
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		referenceRates.forEach((currency, rate) -> {
			Objects.requireNonNull(currency, "rate currencies must not be null");
			Objects.requireNonNull(rate, () -> "the rate of " + currency + " must not be null");
			if (rate.signum() <= 0) {
				throw new IllegalArgumentException("the rate of " + currency + " must be positive");
			}
			rates.put(currency.trim().toUpperCase(Locale.ROOT), rate);
		});
		referenceRates = Collections.unmodifiableMap(rates);
	}

	/**
	 * The defaults: {@link #DEFAULT_JURISDICTIONS}, a minimum of 100 USD, and reference rates for common currencies
	 * (approximate, deliberately round; they only decide whether an amount is worth collecting).
	 * @return the default settings
	 */
	public static RulesSettings defaults() {
		return new RulesSettings(DEFAULT_JURISDICTIONS, new BigDecimal("100"), "USD", DEFAULT_USD_RATES);
	}

	/**
	 * The rate of a currency against {@link #minimumAmountCurrency()}.
	 * @param currency an ISO 4217 code
	 * @return units of the minimum's currency per unit of {@code currency}; 1 for the minimum's own currency
	 */
	public Optional<BigDecimal> rateOf(String currency) {
		if (this.minimumAmountCurrency.equals(currency)) {
			return Optional.of(BigDecimal.ONE);
		}
		return Optional.ofNullable(this.referenceRates.get(currency));
	}

	private static Map<String, BigDecimal> defaultUsdRates() {
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		rates.put("EUR", new BigDecimal("1.08"));
		rates.put("GBP", new BigDecimal("1.27"));
		rates.put("CAD", new BigDecimal("0.73"));
		rates.put("AUD", new BigDecimal("0.66"));
		rates.put("NZD", new BigDecimal("0.60"));
		rates.put("CHF", new BigDecimal("1.13"));
		rates.put("SEK", new BigDecimal("0.095"));
		rates.put("NOK", new BigDecimal("0.093"));
		rates.put("DKK", new BigDecimal("0.145"));
		rates.put("ISK", new BigDecimal("0.0072"));
		rates.put("PLN", new BigDecimal("0.25"));
		rates.put("CZK", new BigDecimal("0.043"));
		rates.put("HUF", new BigDecimal("0.0027"));
		rates.put("RON", new BigDecimal("0.22"));
		rates.put("BGN", new BigDecimal("0.55"));
		rates.put("JPY", new BigDecimal("0.0067"));
		rates.put("CNY", new BigDecimal("0.14"));
		rates.put("HKD", new BigDecimal("0.128"));
		rates.put("SGD", new BigDecimal("0.74"));
		rates.put("INR", new BigDecimal("0.012"));
		rates.put("MXN", new BigDecimal("0.055"));
		rates.put("BRL", new BigDecimal("0.18"));
		rates.put("ZAR", new BigDecimal("0.055"));
		rates.put("AED", new BigDecimal("0.27"));
		rates.put("ILS", new BigDecimal("0.27"));
		return Collections.unmodifiableMap(rates);
	}

}
