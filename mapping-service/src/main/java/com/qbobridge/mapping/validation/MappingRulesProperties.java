package com.qbobridge.mapping.validation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.qbobridge.rules.RulesSettings;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The case rules' tunable settings as configured for this service ({@code pipeline.mapping.rules.*}); anything left
 * out keeps the shared default of {@link RulesSettings#defaults()}.
 *
 * @param supportedJurisdictions ISO alpha-2 codes cases can be filed in; replaces the default list when set
 * @param minimumAmount the smallest amount worth collecting, in {@code minimumAmountCurrency}
 * @param minimumAmountCurrency the ISO 4217 currency of the minimum
 * @param referenceRates units of the minimum's currency per 1 unit of the key currency; added to (and overriding
 * entries of) the default table
 */
@ConfigurationProperties("pipeline.mapping.rules")
@Validated
public record MappingRulesProperties(@Nullable Set<String> supportedJurisdictions,
		@Nullable @PositiveOrZero BigDecimal minimumAmount,
		@Nullable @Pattern(regexp = "[A-Za-z]{3}") String minimumAmountCurrency,
		@Nullable Map<String, BigDecimal> referenceRates) {

	/**
	 * The settings the validator works with.
	 * @return these properties over the defaults
	 */
	public RulesSettings toSettings() {
		RulesSettings defaults = RulesSettings.defaults();
		Map<String, BigDecimal> rates = new LinkedHashMap<>(defaults.referenceRates());
		if (this.referenceRates != null) {
			this.referenceRates.forEach((currency, rate) -> rates.put(currency.toUpperCase(Locale.ROOT), rate));
		}
		return new RulesSettings(
				(this.supportedJurisdictions != null && !this.supportedJurisdictions.isEmpty())
						? this.supportedJurisdictions : defaults.supportedJurisdictions(),
				(this.minimumAmount != null) ? this.minimumAmount : defaults.minimumAmount(),
				(this.minimumAmountCurrency != null) ? this.minimumAmountCurrency : defaults.minimumAmountCurrency(),
				rates);
	}

}
