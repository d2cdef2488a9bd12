package com.qbobridge.cases.intake;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.qbobridge.rules.RulesSettings;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The tunable parts of the shared case rules for this deployment; anything left unset keeps the rules' default, so
 * that case-service accepts exactly what mapping and the review page accept unless told otherwise.
 *
 * @param supportedJurisdictions ISO 3166-1 alpha-2 codes cases can be filed in
 * @param minimumAmount the smallest amount worth collecting, in {@code minimumAmountCurrency}
 * @param minimumAmountCurrency the currency of the minimum
 * @param referenceRates units of the minimum's currency per unit of each currency
 */
@ConfigurationProperties("pipeline.cases.rules")
@Validated
public record RulesProperties(@Nullable Set<String> supportedJurisdictions, @Nullable @PositiveOrZero BigDecimal minimumAmount,
		@Nullable String minimumAmountCurrency, @Nullable Map<String, BigDecimal> referenceRates) {

	/**
	 * These properties over the rules' defaults.
	 * @return the settings to validate with
	 */
	public RulesSettings toSettings() {
		RulesSettings defaults = RulesSettings.defaults();
		return new RulesSettings(
				(this.supportedJurisdictions != null) ? this.supportedJurisdictions
						: defaults.supportedJurisdictions(),
				(this.minimumAmount != null) ? this.minimumAmount : defaults.minimumAmount(),
				(this.minimumAmountCurrency != null) ? this.minimumAmountCurrency : defaults.minimumAmountCurrency(),
				(this.referenceRates != null) ? this.referenceRates : defaults.referenceRates());
	}

}
