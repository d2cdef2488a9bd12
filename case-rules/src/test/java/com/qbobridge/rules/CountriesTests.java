package com.qbobridge.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "USA|US", "United States|US", "U.S.|US", "u.s.a.|US", "  united   states  |US",
			"United States of America|US", "us|US", "UK|GB", "U.K.|GB", "Great Britain|GB", "United Kingdom|GB",
			"England|GB", "Deutschland|DE", "GERMANY|DE", "deu|DE", "Österreich|AT", "Schweiz|CH", "France|FR",
			"Ireland|IE", "Éire|IE", "The Netherlands|NL", "Holland|NL", "España|ES", "Canada|CA", "CAN|CA",
			"Australia|AU", "New Zealand|NZ", "Belgique|BE", "Sverige|SE", "Polska|PL", "Italia|IT", "Danmark|DK",
			"Norge|NO", "Suomi|FI", "Portugal|PT", "Luxembourg|LU", "Mexico|MX", "México|MX", "Japan|JP" })
	void recognisesCountriesAsPeopleTypeThem(String text, String code) {
		assertThat(Countries.toIsoAlpha2(text)).contains(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Atlantis", "", "   ", "XX", "Narnia", "U", "123" })
	void doesNotRecogniseOtherText(String text) {
		assertThat(Countries.toIsoAlpha2(text)).isEmpty();
	}

	@Test
	void ignoresNullAndHugeText() {
		assertThat(Countries.toIsoAlpha2(null)).isEmpty();
		assertThat(Countries.toIsoAlpha2("United States".repeat(1000))).isEmpty();
	}

	@Test
	void acceptsOnlyUpperCaseCodesAsIsoCodes() {
		assertThat(Countries.isIsoAlpha2("DE")).isTrue();
		assertThat(Countries.isIsoAlpha2("de")).isFalse();
		assertThat(Countries.isIsoAlpha2("UK")).isFalse();
		assertThat(Countries.isIsoAlpha2("DEU")).isFalse();
		assertThat(Countries.isIsoAlpha2(null)).isFalse();
	}

}
