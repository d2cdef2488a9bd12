package com.qbobridge.mapping.drafts.address;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a free-form address's country comes from, and what is left of lines that hold only names.
 */
class FreeFormAddressTests {

	@Test
	void takesTheCountryFromALastLine() {
		FreeFormAddress address = FreeFormAddress.read(List.of("Königsallee 1", "40212 Düsseldorf", "Deutschland"),
				List.of(), null, "US");

		assertThat(address.country()).isEqualTo("DE");
		assertThat(address.countrySource()).isEqualTo(CountrySource.WRITTEN);
		assertThat(address.city()).isEqualTo("Düsseldorf");
	}

	@Test
	void assumesTheAssumedCountryWhenItsFormatFits() {
		FreeFormAddress address = FreeFormAddress.read(List.of("742 Evergreen Terrace", "Springfield, IL  62701"),
				List.of(), null, "US");

		assertThat(address.countrySource()).isEqualTo(CountrySource.ASSUMED);
		assertThat(address.localityRead()).isTrue();
	}

	@Test
	void recognisesTheOneCountryWhoseFormatFitsBest() {
		FreeFormAddress address = FreeFormAddress.read(List.of("Dam 1", "1012 JS Amsterdam"), List.of(), null, "US");

		assertThat(address.country()).isEqualTo("NL");
		assertThat(address.countrySource()).isEqualTo(CountrySource.RECOGNISED);
	}

	@Test
	void readsNoLocalityWhenSeveralCountriesFitEquallyWell() {
		FreeFormAddress address = FreeFormAddress.read(List.of("Invalidenstraße 117", "10115 Berlin"), List.of(), null,
				"US");

		assertThat(address.localityRead()).isFalse();
		assertThat(address.countrySource()).isEqualTo(CountrySource.UNKNOWN);
		assertThat(address.lines()).containsExactly("Invalidenstraße 117", "10115 Berlin");
	}

	@Test
	void usesTheGivenCountryEvenWhenAnotherWouldFit() {
		FreeFormAddress address = FreeFormAddress.read(List.of("1 Hay St", "Perth, WA 6000"), List.of(), "AU", "US");

		assertThat(address.countrySource()).isEqualTo(CountrySource.GIVEN);
		assertThat(address.region()).isEqualTo("WA");
		assertThat(address.postalCode()).isEqualTo("6000");
	}

	@Test
	void isEmptyWhenOnlyNamesWereWritten() {
		FreeFormAddress address = FreeFormAddress.read(List.of("Dylan Sollfrank"), List.of("Dylan Sollfrank"), null,
				"US");

		assertThat(address.isEmpty()).isTrue();
		assertThat(address.namesDropped()).isEqualTo(1);
	}

	@Test
	void comparesNamesWithoutCaseAccentsPunctuationOrAttention() {
		assertThat(NameKeys.nameKey("Attn: Amy Lauterbach")).isEqualTo(NameKeys.key("amy lauterbach"));
		assertThat(NameKeys.nameKey("z. Hd. Anna Müller")).isEqualTo(NameKeys.key("Anna Muller"));
		assertThat(NameKeys.key("Amy's Bird Sanctuary")).isEqualTo(NameKeys.key("AMYS BIRD SANCTUARY"));
	}

}
