package com.qbobridge.mapping.validation;

import java.math.BigDecimal;
import java.util.Map;

import com.qbobridge.rules.RulesSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class MappingRulesPropertiesTests {

	@Test
	void keepsTheSharedDefaultsWhenNothingIsConfigured() {
		RulesSettings settings = bind(Map.of()).toSettings();

		assertThat(settings).isEqualTo(RulesSettings.defaults());
	}

	@Test
	void overridesJurisdictionsMinimumAndSingleRates() {
		RulesSettings settings = bind(Map.of("pipeline.mapping.rules.supported-jurisdictions", "us,ca",
				"pipeline.mapping.rules.minimum-amount", "50", "pipeline.mapping.rules.minimum-amount-currency", "usd",
				"pipeline.mapping.rules.reference-rates.eur", "1.10", "pipeline.mapping.rules.reference-rates.THB",
				"0.028"))
			.toSettings();

		assertThat(settings.supportedJurisdictions()).containsExactly("CA", "US");
		assertThat(settings.minimumAmount()).isEqualByComparingTo("50");
		assertThat(settings.minimumAmountCurrency()).isEqualTo("USD");
		assertThat(settings.rateOf("EUR")).contains(new BigDecimal("1.10"));
		assertThat(settings.rateOf("THB")).contains(new BigDecimal("0.028"));
		assertThat(settings.rateOf("GBP")).isEqualTo(RulesSettings.defaults().rateOf("GBP"));
	}

	private static MappingRulesProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("pipeline.mapping.rules", MappingRulesProperties.class);
	}

}
