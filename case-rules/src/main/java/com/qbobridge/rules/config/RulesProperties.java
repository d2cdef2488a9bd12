package com.qbobridge.rules.config;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.qbobridge.rules.RulesSettings;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The tunable parts of the case rules for one deployment ({@code pipeline.rules.*}), bound the same way in every
 * service that judges drafts, so that mapping, the review page and case creation never disagree about a draft.
 * <p>
 * A key left out keeps {@link RulesSettings#defaults()}. {@code supported-jurisdictions} <strong>replaces</strong>
 * the default list (and must not be empty). {@code reference-rates} <strong>merge over</strong> the default table:
 * each entry adds a currency or replaces that currency's rate, the other defaults stay; when
 * {@code minimum-amount-currency} is not the default's ({@code USD}), the default table (rates against USD) no longer
 * fits and the configured rates are the whole table. Invalid settings (a code that is not an ISO country, a withdrawn
 * currency, a negative minimum, a rate that is not positive) stop the service at start-up.
 *
 * @param supportedJurisdictions ISO 3166-1 alpha-2 codes of the countries cases can be filed in, e.g. {@code US,CA}
 * @param minimumAmount the smallest amount worth collecting, in {@code minimumAmountCurrency}
 * @param minimumAmountCurrency the ISO 4217 currency of the minimum
 * @param referenceRates units of the minimum's currency per 1 unit of the key currency, e.g. {@code EUR: 1.10}
 */
@ConfigurationProperties("pipeline.rules")
@Validated
public record RulesProperties(
		@Nullable @Size(min = 1, message = "must name at least one country") Set<String> supportedJurisdictions,
		@Nullable @PositiveOrZero BigDecimal minimumAmount,
		@Nullable @Pattern(regexp = "[A-Za-z]{3}",
				message = "must be a three-letter ISO 4217 code") String minimumAmountCurrency,
		@Nullable Map<String, @Positive BigDecimal> referenceRates) {

	/**
	 * The settings the validator works with: these properties over the defaults.
	 * @return the settings
	 * @throws IllegalArgumentException when a code or amount is not acceptable to {@link RulesSettings}
	 */
	public RulesSettings toSettings() {
		RulesSettings defaults = RulesSettings.defaults();
		String currency = (this.minimumAmountCurrency != null)
				? this.minimumAmountCurrency.trim().toUpperCase(Locale.ROOT) : defaults.minimumAmountCurrency();
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		if (currency.equals(defaults.minimumAmountCurrency())) {
			rates.putAll(defaults.referenceRates());
		}
		if (this.referenceRates != null) {
			this.referenceRates.forEach((code, rate) -> rates.put(code.trim().toUpperCase(Locale.ROOT), rate));
		}
		return new RulesSettings(
				(this.supportedJurisdictions != null) ? this.supportedJurisdictions : defaults.supportedJurisdictions(),
				(this.minimumAmount != null) ? this.minimumAmount : defaults.minimumAmount(), currency, rates);
	}

}
