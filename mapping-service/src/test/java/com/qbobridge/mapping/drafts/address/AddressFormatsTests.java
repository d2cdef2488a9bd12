package com.qbobridge.mapping.drafts.address;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The format table reads as libaddressinput writes it, and each country's postal code shape accepts the examples its
 * metadata gives ("zipex").
 */
class AddressFormatsTests {

	@Test
	void holdsTheCountriesMappingMustReadEachWithALayout() {
		assertThat(AddressFormats.all()).extracting(AddressFormat::country)
			.contains("US", "CA", "GB", "AU", "DE", "FR", "NL")
			.allSatisfy((country) -> assertThat(Set.of(Locale.getISOCountries())).contains(country));
	}

	@Test
	void readsTheLocalityOfALibaddressinputFormat() {
		assertThat(AddressFormats.layout("US", "%N%n%O%n%A%n%C, %S %Z"))
			.containsExactly(new LocalityLine(List.of(AddressPart.CITY, AddressPart.REGION, AddressPart.POSTAL_CODE)));
		assertThat(AddressFormats.layout("CH", "%O%n%N%n%A%nCH-%Z %C"))
			.containsExactly(new LocalityLine(List.of(AddressPart.POSTAL_CODE, AddressPart.CITY)));
		assertThat(AddressFormats.layout("FR", "%O%n%N%n%A%n%Z %C %X"))
			.containsExactly(new LocalityLine(List.of(AddressPart.POSTAL_CODE, AddressPart.CITY)));
	}

	@Test
	void dropsARegionLineThatCouldNotBeToldFromAStreetLine() {
		assertThat(AddressFormats.layout("GB", "%N%n%O%n%A%n%C%n%S%n%Z")).containsExactly(
				new LocalityLine(List.of(AddressPart.CITY)), new LocalityLine(List.of(AddressPart.POSTAL_CODE)));
		assertThat(AddressFormats.layout("US", "%C%n%S %Z")).containsExactly(
				new LocalityLine(List.of(AddressPart.CITY)),
				new LocalityLine(List.of(AddressPart.REGION, AddressPart.POSTAL_CODE)));
	}

	@ParameterizedTest
	@CsvSource({ "US, 95014", "US, 22162-1010", "CA, H3Z 2Y7", "CA, K1A 0B1", "GB, EC1Y 8SY", "GB, GIR 0AA",
			"GB, M2 5BQ", "GB, CR0 2YR", "GB, DN16 9AA", "GB, W1A 4ZZ", "AU, 2060", "NZ, 6001", "DE, 26133",
			"AT, 1010", "CH, 2544", "FR, 33380", "BE, 4000", "LU, 4750", "NL, 1234 AB", "NL, 2490AA", "ES, 28039",
			"IT, 00144", "IE, A65 F4E2", "IE, D6W 1234" })
	void acceptsThePostalCodeExamplesOfItsCountry(String country, String postalCode) {
		assertThat(AddressFormats.of(country)).hasValueSatisfying(
				(format) -> assertThat(format.isPostalCode(postalCode)).as(country + " " + postalCode).isTrue());
	}

	@ParameterizedTest
	@CsvSource({ "US, 9501", "CA, 123 456", "GB, 12345", "DE, 1011", "NL, 1234", "FR, ABCDE" })
	void rejectsWhatIsNotShapedLikeItsPostalCode(String country, String text) {
		assertThat(AddressFormats.of(country).orElseThrow().isPostalCode(text)).isFalse();
	}

}
