package com.qbobridge.rules;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * Normalises phone numbers as QuickBooks users type them ({@code (650) 557-8463}, {@code 030 1234567}) to E.164 with
 * Google's libphonenumber, reading national numbers in the debtor's country, so that a collector can dial them.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/**
	 * Numbers already validated, by country and number as typed: a debtor's number comes with every one of its
	 * invoices and is checked by mapping and by the rules again, and libphonenumber's parse and validation were the
	 * largest share of drafting's CPU. Emptied when full, so memory stays bounded.
	 */
	private static final Map<String, Optional<ValidPhoneNumber>> VALIDATED = new ConcurrentHashMap<>();

	private static final int VALIDATED_CAPACITY = 20_000;

	/** Longer than any number written with spaces and punctuation; longer texts are no number and never remembered. */
	private static final int MAX_TYPED_LENGTH = FieldLimits.DEBTOR_PHONE * 4;

	private PhoneNumbers() {
	}

	/**
	 * A number in E.164 form, when it is a valid number.
	 * @param number the number as typed, may be {@code null}
	 * @param isoCountry the ISO alpha-2 country national numbers are read in; without it only numbers written
	 * with {@code +} and a country code are recognised
	 * @return e.g. {@code +16505578463}; empty when the number is blank, unreadable or not a valid number
	 */
	public static Optional<String> toE164(@Nullable String number, @Nullable String isoCountry) {
		return validate(number, isoCountry).map(ValidPhoneNumber::e164);
	}

	/**
	 * The ISO alpha-2 country a valid number belongs to.
	 * @param number the number as typed, may be {@code null}
	 * @param isoCountry the country national numbers are read in, may be {@code null}
	 * @return e.g. {@code US}; empty when the number is not valid
	 */
	public static Optional<String> countryOf(@Nullable String number, @Nullable String isoCountry) {
		return validate(number, isoCountry).map(ValidPhoneNumber::country);
	}

	/**
	 * Parses and validates a number once, giving both its E.164 form and its country.
	 * @param number the number as typed, may be {@code null}
	 * @param isoCountry the country national numbers are read in, may be {@code null}
	 * @return the valid number; empty when the number is blank, unreadable or not a valid number
	 */
	public static Optional<ValidPhoneNumber> validate(@Nullable String number, @Nullable String isoCountry) {
		if (number == null || number.isBlank() || number.length() > MAX_TYPED_LENGTH) {
			return Optional.empty();
		}
		String key = isoCountry + "|" + number;
		Optional<ValidPhoneNumber> known = VALIDATED.get(key);
		if (known != null) {
			return known;
		}
		Optional<ValidPhoneNumber> validated = parseAndValidate(number, isoCountry);
		if (VALIDATED.size() >= VALIDATED_CAPACITY) {
			VALIDATED.clear();
		}
		VALIDATED.put(key, validated);
		return validated;
	}

	private static Optional<ValidPhoneNumber> parseAndValidate(String number, @Nullable String isoCountry) {
		return parse(number, isoCountry).filter(UTIL::isValidNumber)
			.map((parsed) -> new ValidPhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164),
					UTIL.getRegionCodeForNumber(parsed)));
	}

	private static Optional<PhoneNumber> parse(@Nullable String number, @Nullable String isoCountry) {
		if (number == null || number.isBlank() || number.length() > MAX_TYPED_LENGTH) {
			return Optional.empty();
		}
		String region = Countries.isIsoAlpha2(isoCountry) ? isoCountry : "ZZ";
		try {
			return Optional.of(UTIL.parse(number, region));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
