package com.qbobridge.rules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The states, provinces and territories of the countries whose postal addresses need one (United States, Canada,
 * Australia), because a debtor letter there is undeliverable without it and courts are chosen by it.
 */
public final class Regions {

	private static final Map<String, Map<String, String>> BY_COUNTRY = Map.of("US", us(), "CA", canada(), "AU",
			australia());

	/** Each country's codes, built once: drafting and case intake ask for them with every debtor address. */
	private static final Map<String, Set<String>> CODES_BY_COUNTRY = codesByCountry();

	private Regions() {
	}

	/**
	 * Whether addresses in a country must name a state, province or territory.
	 * @param country an ISO alpha-2 code
	 * @return {@code true} for US, CA and AU
	 */
	public static boolean required(@Nullable String country) {
		return country != null && BY_COUNTRY.containsKey(country);
	}

	/**
	 * The codes a country's regions are written with.
	 * @param country an ISO alpha-2 code
	 * @return the codes, empty for a country whose regions are not checked
	 */
	public static Set<String> codes(String country) {
		return CODES_BY_COUNTRY.getOrDefault(country, Set.of());
	}

	/**
	 * The postal code of a region written as its code or its name ({@code ca}, {@code California}, {@code New South
	 * Wales}) in a country whose regions are known.
	 * @param country an ISO alpha-2 code, may be {@code null}
	 * @param text the region as written, may be {@code null}
	 * @return the region code, e.g. {@code CA} or {@code NSW}; empty when the country's regions are not known or the
	 * text is not one of them
	 */
	public static Optional<String> toCode(@Nullable String country, @Nullable String text) {
		if (country == null || text == null || text.length() > FieldLimits.ADDRESS_REGION) {
			return Optional.empty();
		}
		Map<String, String> regions = BY_COUNTRY.get(country);
		if (regions == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(regions.get(Countries.key(text)));
	}

	private static Map<String, Set<String>> codesByCountry() {
		Map<String, Set<String>> codes = new HashMap<>();
		BY_COUNTRY.forEach((country, regions) -> codes.put(country, Set.copyOf(regions.values())));
		return Map.copyOf(codes);
	}

	private static Map<String, String> us() {
		Map<String, String> regions = new HashMap<>();
		String[][] states = { { "AL", "Alabama" }, { "AK", "Alaska" }, { "AZ", "Arizona" }, { "AR", "Arkansas" },
				{ "CA", "California" }, { "CO", "Colorado" }, { "CT", "Connecticut" }, { "DE", "Delaware" },
				{ "DC", "District of Columbia" }, { "FL", "Florida" }, { "GA", "Georgia" }, { "HI", "Hawaii" },
				{ "ID", "Idaho" }, { "IL", "Illinois" }, { "IN", "Indiana" }, { "IA", "Iowa" }, { "KS", "Kansas" },
				{ "KY", "Kentucky" }, { "LA", "Louisiana" }, { "ME", "Maine" }, { "MD", "Maryland" },
				{ "MA", "Massachusetts" }, { "MI", "Michigan" }, { "MN", "Minnesota" }, { "MS", "Mississippi" },
				{ "MO", "Missouri" }, { "MT", "Montana" }, { "NE", "Nebraska" }, { "NV", "Nevada" },
				{ "NH", "New Hampshire" }, { "NJ", "New Jersey" }, { "NM", "New Mexico" }, { "NY", "New York" },
				{ "NC", "North Carolina" }, { "ND", "North Dakota" }, { "OH", "Ohio" }, { "OK", "Oklahoma" },
				{ "OR", "Oregon" }, { "PA", "Pennsylvania" }, { "RI", "Rhode Island" }, { "SC", "South Carolina" },
				{ "SD", "South Dakota" }, { "TN", "Tennessee" }, { "TX", "Texas" }, { "UT", "Utah" },
				{ "VT", "Vermont" }, { "VA", "Virginia" }, { "WA", "Washington" }, { "WV", "West Virginia" },
				{ "WI", "Wisconsin" }, { "WY", "Wyoming" }, { "PR", "Puerto Rico" }, { "VI", "U.S. Virgin Islands" },
				{ "GU", "Guam" }, { "AS", "American Samoa" }, { "MP", "Northern Mariana Islands" },
				{ "AA", "Armed Forces Americas" }, { "AE", "Armed Forces Europe" }, { "AP", "Armed Forces Pacific" } };
		for (String[] state : states) {
			put(regions, state[0], state[1]);
		}
		put(regions, "DC", "Washington DC", "Washington D.C.");
		put(regions, "VI", "Virgin Islands");
		return Map.copyOf(regions);
	}

	private static Map<String, String> canada() {
		Map<String, String> regions = new HashMap<>();
		put(regions, "AB", "Alberta");
		put(regions, "BC", "British Columbia", "Colombie-Britannique");
		put(regions, "MB", "Manitoba");
		put(regions, "NB", "New Brunswick", "Nouveau-Brunswick");
		put(regions, "NL", "Newfoundland and Labrador", "Newfoundland", "Terre-Neuve-et-Labrador");
		put(regions, "NS", "Nova Scotia", "Nouvelle-Écosse");
		put(regions, "NT", "Northwest Territories", "Territoires du Nord-Ouest");
		put(regions, "NU", "Nunavut");
		put(regions, "ON", "Ontario");
		put(regions, "PE", "Prince Edward Island", "Île-du-Prince-Édouard");
		put(regions, "QC", "Quebec", "Québec", "PQ");
		put(regions, "SK", "Saskatchewan");
		put(regions, "YT", "Yukon");
		return Map.copyOf(regions);
	}

	private static Map<String, String> australia() {
		Map<String, String> regions = new HashMap<>();
		put(regions, "ACT", "Australian Capital Territory");
		put(regions, "NSW", "New South Wales");
		put(regions, "NT", "Northern Territory");
		put(regions, "QLD", "Queensland");
		put(regions, "SA", "South Australia");
		put(regions, "TAS", "Tasmania");
		put(regions, "VIC", "Victoria");
		put(regions, "WA", "Western Australia");
		return Map.copyOf(regions);
	}

	private static void put(Map<String, String> regions, String code, String... names) {
		regions.put(code.toLowerCase(Locale.ROOT), code);
		for (String name : names) {
			regions.put(Countries.key(name), code);
		}
	}

}
