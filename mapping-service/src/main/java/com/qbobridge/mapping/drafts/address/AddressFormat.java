package com.qbobridge.mapping.drafts.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.qbobridge.rules.Regions;
import org.jspecify.annotations.Nullable;

/**
 * How one country writes the locality of an address (the lines after the street): the layouts people use and the
 * shape of its postal code, so that city, region and postal code can be read back from lines of free text.
 * <p>
 * Separators between parts do not matter (spaces and commas read alike); a region must be one of the country's known
 * regions where {@link Regions} knows them, and is otherwise only read when it stands after a comma or in brackets.
 */
final class AddressFormat {

	private static final Pattern LAST_COMMA_PART = Pattern.compile("^(.*\\S)\\s*,\\s*([^,]+)$");

	private static final Pattern BRACKETED_OR_CODE = Pattern.compile("^(.*\\S)\\s+(\\([^()]+\\)|[A-Z]{2})$");

	// Compiled once: String.split and replaceAll compile their pattern on every call.
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern OUTER_SEPARATORS = Pattern.compile("^[\\s,]+|[\\s,]+$");

	private static final int MAX_REGION_WORDS = 4;

	private final String country;

	private final List<List<LocalityLine>> layouts;

	private final Pattern postalFirst;

	private final Pattern postalLast;

	private final Pattern postalAlone;

	/**
	 * Creates a format.
	 * @param country the ISO 3166-1 alpha-2 code, must not be null
	 * @param layouts the layouts, the country's own first; each is one or more lines
	 * @param postalCode the postal code's shape, a regular expression
	 * @param prefixes letters written before the postal code with a dash ({@code D-80331}), besides the country code
	 */
	AddressFormat(String country, List<List<LocalityLine>> layouts, String postalCode, List<String> prefixes) {
		this.country = Objects.requireNonNull(country, "country must not be null");
		this.layouts = layouts.stream().map(List::copyOf).toList();
		List<String> allPrefixes = new ArrayList<>(prefixes);
		allPrefixes.add(country);
		String prefix = "(?:(?:" + String.join("|", allPrefixes.stream().map(Pattern::quote).toList()) + ")-\\s?)?";
		String code = "(?<postal>(?:" + postalCode + "))";
		int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		this.postalFirst = Pattern.compile("^" + prefix + code + "(?:[\\s,]+(?<rest>.*))?$", flags);
		this.postalLast = Pattern.compile("^(?:(?<rest>.*?)[\\s,]+)?" + prefix + code + "$", flags);
		this.postalAlone = Pattern.compile("^" + prefix + code + "$", flags);
	}

	String country() {
		return this.country;
	}

	/**
	 * Reads the locality from the last of the lines, trying the country's layouts in turn.
	 * @param lines the address lines, street lines first
	 * @return the locality of the first layout that fits, empty when none does
	 */
	Optional<Locality> read(List<String> lines) {
		for (List<LocalityLine> layout : this.layouts) {
			Optional<Locality> locality = read(lines, layout);
			if (locality.isPresent()) {
				return locality;
			}
		}
		return Optional.empty();
	}

	/** Whether a text is just a postal code of this country. */
	boolean isPostalCode(String text) {
		return this.postalAlone.matcher(text.strip()).matches();
	}

	private Optional<Locality> read(List<String> lines, List<LocalityLine> layout) {
		if (lines.size() < layout.size()) {
			return Optional.empty();
		}
		Parts parts = new Parts();
		int first = lines.size() - layout.size();
		for (int i = 0; i < layout.size(); i++) {
			if (!read(lines.get(first + i), layout.get(i), parts)) {
				return Optional.empty();
			}
		}
		if (parts.city == null) {
			return Optional.empty();
		}
		return Optional.of(new Locality(parts.city, parts.region, parts.postalCode, layout.size(),
				parts.region != null && Regions.required(this.country)));
	}

	private boolean read(String line, LocalityLine layout, Parts parts) {
		String rest = line.strip();
		List<AddressPart> order = new ArrayList<>(layout.parts());
		if (layout.has(AddressPart.POSTAL_CODE)) {
			boolean first = order.get(0) == AddressPart.POSTAL_CODE;
			Matcher matcher = (first ? this.postalFirst : this.postalLast).matcher(rest);
			if (!matcher.matches()) {
				return false;
			}
			parts.postalCode = matcher.group("postal").toUpperCase(Locale.ROOT);
			rest = trim(matcher.group("rest"));
			order.remove(AddressPart.POSTAL_CODE);
		}
		if (order.isEmpty()) {
			return rest == null;
		}
		if (rest == null) {
			return false;
		}
		if (order.equals(List.of(AddressPart.CITY))) {
			return city(rest, parts);
		}
		if (order.equals(List.of(AddressPart.REGION))) {
			parts.region = region(rest);
			return parts.region != null;
		}
		if (order.equals(List.of(AddressPart.CITY, AddressPart.REGION))) {
			return cityAndRegion(rest, parts);
		}
		return false;
	}

	private boolean cityAndRegion(String text, Parts parts) {
		if (Regions.required(this.country)) {
			Matcher comma = LAST_COMMA_PART.matcher(text);
			if (comma.matches()) {
				String region = region(comma.group(2));
				if (region != null) {
					parts.region = region;
					return city(comma.group(1), parts);
				}
			}
			String[] words = SPACES.split(text);
			for (int count = Math.min(MAX_REGION_WORDS, words.length - 1); count >= 1; count--) {
				String region = region(String.join(" ", List.of(words).subList(words.length - count, words.length)));
				if (region != null) {
					parts.region = region;
					return city(String.join(" ", List.of(words).subList(0, words.length - count)), parts);
				}
			}
			return false;
		}
		Matcher comma = LAST_COMMA_PART.matcher(text);
		Matcher bracketed = BRACKETED_OR_CODE.matcher(text);
		if (comma.matches()) {
			parts.region = comma.group(2).strip();
			return city(comma.group(1), parts);
		}
		if (bracketed.matches()) {
			parts.region = bracketed.group(2).replace("(", "").replace(")", "").strip();
			return city(bracketed.group(1), parts);
		}
		return city(text, parts);
	}

	/** The region's code where the country's regions are known, else the text; {@code null} when not a region. */
	private @Nullable String region(String text) {
		String written = trim(text);
		if (written == null) {
			return null;
		}
		if (Regions.required(this.country)) {
			return Regions.toCode(this.country, written).orElse(null);
		}
		return written;
	}

	private boolean city(String text, Parts parts) {
		String city = trim(text);
		if (city == null || !Character.isLetter(city.codePointAt(0)) || isPostalCode(city)) {
			return false;
		}
		parts.city = city;
		return true;
	}

	private static @Nullable String trim(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String trimmed = OUTER_SEPARATORS.matcher(text).replaceAll("");
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** What the lines of one layout gave so far. */
	private static final class Parts {

		private @Nullable String city;

		private @Nullable String region;

		private @Nullable String postalCode;

	}

}
