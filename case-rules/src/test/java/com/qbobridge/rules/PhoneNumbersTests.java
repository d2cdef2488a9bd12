package com.qbobridge.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "(650) 557-8463|US|+16505578463", "650.557.8463|US|+16505578463",
			"+1 650 557 8463|DE|+16505578463", "030 1234567|DE|+49301234567", "+49 (0)30 1234567|US|+49301234567",
			"020 7946 0018|GB|+442079460018", "(02) 9374 4000|AU|+61293744000", "01 234 5678|IE|+35312345678",
			"416-979-1234|CA|+14169791234" })
	void normalisesNationalAndInternationalNumbersToE164(String number, String country, String e164) {
		assertThat(PhoneNumbers.toE164(number, country)).contains(e164);
	}

	@Test
	void readsOnlyInternationalNumbersWithoutCountry() {
		assertThat(PhoneNumbers.toE164("+1 650 557 8463", null)).contains("+16505578463");
		assertThat(PhoneNumbers.toE164("(650) 557-8463", null)).isEmpty();
		assertThat(PhoneNumbers.toE164("(650) 557-8463", "Atlantis")).isEmpty();
	}

	@Test
	void rejectsInvalidAndHostileNumbers() {
		assertThat(PhoneNumbers.toE164("555-0199", "US")).isEmpty();
		assertThat(PhoneNumbers.toE164("call me maybe", "US")).isEmpty();
		assertThat(PhoneNumbers.toE164("", "US")).isEmpty();
		assertThat(PhoneNumbers.toE164(null, "US")).isEmpty();
		assertThat(PhoneNumbers.toE164("6".repeat(10_000), "US")).isEmpty();
		assertThat(PhoneNumbers.toE164("+1 650 557 8463 <script>", "US")).isEmpty();
	}

	@Test
	void aNumberValidatedBeforeIsReadInTheCountryAskedForEachTime() {
		// Remembered answers are per country: the same digits are a Berlin number in Germany and nothing in the US.
		assertThat(PhoneNumbers.toE164("030 1234567", "DE")).contains("+49301234567");
		assertThat(PhoneNumbers.toE164("030 1234567", "US")).isEmpty();
		assertThat(PhoneNumbers.toE164("030 1234567", "DE")).contains("+49301234567");
		assertThat(PhoneNumbers.toE164("030 1234567", null)).isEmpty();
	}

	@Test
	void tellsWhichCountryANumberBelongsTo() {
		assertThat(PhoneNumbers.countryOf("+493012345678", "US")).contains("DE");
		assertThat(PhoneNumbers.countryOf("416-979-1234", "US")).contains("CA");
		assertThat(PhoneNumbers.validate("089 12345678", "DE"))
			.contains(new ValidPhoneNumber("+498912345678", "DE"));
	}

}
