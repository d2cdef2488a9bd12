package com.qbobridge.mapping.drafts.address;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.qbobridge.rules.Countries;
import org.jspecify.annotations.Nullable;

/**
 * An address read from free lines of text, as QuickBooks stores what was typed into its invoice form: contact and
 * company lines dropped, the country taken from a last line in words or codes, and city, region and postal code read
 * from the last lines with the country's format ({@link AddressFormats}).
 *
 * @param lines the street lines that remain, first to last
 * @param city the city, when the locality could be read
 * @param region the region code (or region as written where the country's regions are not known)
 * @param postalCode the postal code, upper case, without a country prefix
 * @param country the ISO 3166-1 alpha-2 country, when known, written or recognised
 * @param countrySource where the country came from
 * @param localityRead whether city and postal code were read from the lines
 * @param namesDropped how many lines were dropped because they repeat the debtor's or contact's name
 */
public record FreeFormAddress(List<String> lines, @Nullable String city, @Nullable String region,
		@Nullable String postalCode, @Nullable String country, CountrySource countrySource, boolean localityRead,
		int namesDropped) {

	private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

	// Compiled once: String.split and replaceAll compile their pattern on every call (each invoice's address).
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern COUNTRY_PUNCTUATION = Pattern.compile("^[,(]+|[,)]+$");

	private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,]+$");

	private static final int MAX_COUNTRY_WORDS = 3;

	public FreeFormAddress {
		lines = List.copyOf(lines);
	}

	/**
	 * Whether nothing but names (or a country) was written, so that the address says nothing about where to write.
	 * @return {@code true} without street lines, city and postal code
	 */
	public boolean isEmpty() {
		return this.lines.isEmpty() && this.city == null && this.postalCode == null;
	}

	/**
	 * Reads free-form address lines.
	 * @param written the lines as typed, blanks and line breaks inside a line allowed, must not be null
	 * @param names the debtor's and contact's names, whose lines are dropped, must not be null
	 * @param knownCountry the country the address is known to be in (ISO alpha-2), or {@code null}
	 * @param assumedCountry the country to assume when the lines name none (ISO alpha-2), or {@code null}
	 * @return the address; without city and postal code when no format fits the lines
	 */
	public static FreeFormAddress read(List<@Nullable String> written, Collection<@Nullable String> names,
			@Nullable String knownCountry, @Nullable String assumedCountry) {
		List<String> lines = lines(written);
		Set<String> nameKeys = names.stream()
			.map(NameKeys::key)
			.filter((key) -> !key.isEmpty())
			.collect(Collectors.toSet());
		List<String> kept = lines.stream().filter((line) -> !nameKeys.contains(NameKeys.nameKey(line))).toList();
		int dropped = lines.size() - kept.size();
		List<String> remaining = new ArrayList<>(kept);
		String country = knownCountry;
		CountrySource source = (country != null) ? CountrySource.GIVEN : CountrySource.UNKNOWN;
		if (country == null && remaining.size() > 1) {
			Optional<String> named = Countries.toIsoAlpha2(remaining.get(remaining.size() - 1));
			if (named.isPresent()) {
				country = named.get();
				source = CountrySource.WRITTEN;
				remaining.remove(remaining.size() - 1);
			}
		}
		if (country != null) {
			Optional<Locality> locality = locality(country, remaining);
			if (locality.isEmpty() && source == CountrySource.GIVEN) {
				Optional<FreeFormAddress> trailing = trailingCountry(remaining, dropped, country);
				if (trailing.isPresent()) {
					return trailing.get();
				}
			}
			return address(remaining, locality.orElse(null), country, source, dropped);
		}
		Optional<FreeFormAddress> trailing = trailingCountry(remaining, dropped, null);
		if (trailing.isPresent()) {
			return trailing.get();
		}
		if (assumedCountry != null) {
			Optional<Locality> locality = locality(assumedCountry, remaining);
			if (locality.isPresent()) {
				return address(remaining, locality.get(), assumedCountry, CountrySource.ASSUMED, dropped);
			}
		}
		return recognised(remaining, assumedCountry, dropped);
	}

	/** The locality line ends with a country ({@code Menlo Park, CA 94304 USA}, {@code 75008 Paris France}). */
	private static Optional<FreeFormAddress> trailingCountry(List<String> remaining, int dropped,
			@Nullable String required) {
		if (remaining.isEmpty()) {
			return Optional.empty();
		}
		String last = remaining.get(remaining.size() - 1);
		String[] words = SPACES.split(last);
		for (int count = 1; count <= Math.min(MAX_COUNTRY_WORDS, words.length - 1); count++) {
			String name = String.join(" ", List.of(words).subList(words.length - count, words.length));
			Optional<String> country = Countries.toIsoAlpha2(COUNTRY_PUNCTUATION.matcher(name).replaceAll(""));
			if (country.isEmpty() || (required != null && !required.equals(country.get()))) {
				continue;
			}
			List<String> shortened = new ArrayList<>(remaining);
			shortened.set(shortened.size() - 1,
					TRAILING_SEPARATORS.matcher(String.join(" ", List.of(words).subList(0, words.length - count)))
						.replaceAll(""));
			Optional<Locality> locality = locality(country.get(), shortened);
			if (locality.isPresent()) {
				CountrySource source = (required != null) ? CountrySource.GIVEN : CountrySource.WRITTEN;
				return Optional.of(address(shortened, locality.get(), country.get(), source, dropped));
			}
		}
		return Optional.empty();
	}

	/** The one country other than the assumed one whose format fits best ({@link Locality#specificity()}), if one does. */
	private static FreeFormAddress recognised(List<String> remaining, @Nullable String assumedCountry, int dropped) {
		Locality best = null;
		String bestCountry = null;
		boolean tie = false;
		for (AddressFormat format : AddressFormats.all()) {
			if (format.country().equals(assumedCountry)) {
				continue;
			}
			Optional<Locality> locality = format.read(remaining);
			if (locality.isEmpty()) {
				continue;
			}
			int specificity = locality.get().specificity();
			if (best == null || specificity > best.specificity()) {
				best = locality.get();
				bestCountry = format.country();
				tie = false;
			}
			else if (specificity == best.specificity()) {
				tie = true;
			}
		}
		if (best == null || tie) {
			return address(remaining, null, null, CountrySource.UNKNOWN, dropped);
		}
		return address(remaining, best, bestCountry, CountrySource.RECOGNISED, dropped);
	}

	private static Optional<Locality> locality(String country, List<String> lines) {
		return AddressFormats.of(country).flatMap((format) -> format.read(lines));
	}

	private static FreeFormAddress address(List<String> remaining, @Nullable Locality locality,
			@Nullable String country, CountrySource source, int dropped) {
		if (locality == null) {
			return new FreeFormAddress(remaining, null, null, null, country, source, false, dropped);
		}
		List<String> street = remaining.subList(0, remaining.size() - locality.lines());
		return new FreeFormAddress(street, locality.city(), locality.region(), locality.postalCode(), country, source,
				true, dropped);
	}

	private static List<String> lines(List<@Nullable String> written) {
		List<String> lines = new ArrayList<>();
		for (String line : written) {
			if (line == null) {
				continue;
			}
			for (String part : LINE_BREAKS.split(line)) {
				String stripped = part.strip();
				if (!stripped.isEmpty()) {
					lines.add(stripped);
				}
			}
		}
		return lines;
	}

}
