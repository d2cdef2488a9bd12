package com.qbobridge.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RulesSettingsTests {

	@Test
	void defaultsToOneHundredDollarsAndTheMainJurisdictions() {
		RulesSettings defaults = RulesSettings.defaults();

		assertThat(defaults.minimumAmount()).isEqualByComparingTo("100");
		assertThat(defaults.minimumAmountCurrency()).isEqualTo("USD");
		assertThat(defaults.supportedJurisdictions()).contains("US", "CA", "GB", "IE", "AU", "NZ", "DE", "AT", "CH",
				"FR", "BE", "NL", "LU", "ES", "PT", "IT", "DK", "SE", "NO", "FI", "PL");
		assertThat(defaults.rateOf("USD")).contains(BigDecimal.ONE);
		assertThat(defaults.rateOf("EUR")).contains(new BigDecimal("1.08"));
		assertThat(defaults.rateOf("THB")).isEmpty();
		assertThat(defaults.referenceRates().keySet()).allSatisfy((code) -> assertThat(Currencies.isActive(code)).isTrue());
	}

	@Test
	void normalisesCodesToUpperCase() {
		RulesSettings settings = new RulesSettings(Set.of(" de ", "at"), BigDecimal.TEN, "eur",
				Map.of("usd", new BigDecimal("0.9")));

		assertThat(settings.supportedJurisdictions()).containsExactly("AT", "DE");
		assertThat(settings.minimumAmountCurrency()).isEqualTo("EUR");
		assertThat(settings.rateOf("USD")).contains(new BigDecimal("0.9"));
	}

	@Test
	void rejectsNonsense() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RulesSettings(Set.of("UK"), BigDecimal.TEN, "USD", Map.of()))
			.withMessageContaining("'UK'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RulesSettings(Set.of("US"), BigDecimal.TEN, "DEM", Map.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RulesSettings(Set.of("US"), new BigDecimal("-1"), "USD", Map.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RulesSettings(Set.of("US"), BigDecimal.TEN, "USD", Map.of("EUR", BigDecimal.ZERO)));
	}

}
