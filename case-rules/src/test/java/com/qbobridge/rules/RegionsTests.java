package com.qbobridge.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegionsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "US|California|CA", "US|ca|CA", "US|new york|NY", "US|Washington D.C.|DC",
			"CA|Québec|QC", "CA|British Columbia|BC", "AU|New South Wales|NSW", "AU|vic|VIC" })
	void recognisesRegionCodesAndNames(String country, String text, String code) {
		assertThat(Regions.toCode(country, text)).contains(code);
	}

	@Test
	void knowsWhichCountriesRequireARegion() {
		assertThat(Regions.required("US")).isTrue();
		assertThat(Regions.required("CA")).isTrue();
		assertThat(Regions.required("AU")).isTrue();
		assertThat(Regions.required("DE")).isFalse();
		assertThat(Regions.required(null)).isFalse();
		assertThat(Regions.codes("US")).hasSize(59).contains("CA", "DC", "PR");
		assertThat(Regions.codes("CA")).hasSize(13);
		assertThat(Regions.codes("AU")).hasSize(8);
	}

	@Test
	void doesNotGuessRegionsOfOtherCountries() {
		assertThat(Regions.toCode("DE", "Bayern")).isEmpty();
		assertThat(Regions.toCode("US", "Calif.")).isEmpty();
		assertThat(Regions.toCode(null, "CA")).isEmpty();
	}

}
