package com.qbobridge.rules;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which countries use postal codes and what they look like, so that a letter to the debtor is deliverable: a missing
 * code is only a violation where the country has codes, and the format is checked where it is well defined.
 */
public final class PostalCodes {

	/**
	 * Countries without a postal code system, or where most addresses are written without one (Ireland's Eircode is
	 * recent and optional on letters).
	 */
	private static final Set<String> NOT_USED = Set.of("AE", "AG", "AN", "AO", "AW", "BF", "BI", "BJ", "BO", "BS",
			"BW", "BZ", "CD", "CF", "CG", "CI", "CK", "CM", "DJ", "DM", "ER", "FJ", "GA", "GD", "GH", "GM", "GQ", "GY",
			"HK", "IE", "JM", "KE", "KI", "KM", "KN", "KP", "LC", "ML", "MO", "MR", "MW", "NR", "NU", "PA", "QA", "RW",
			"SB", "SC", "SL", "SO", "SR", "ST", "SY", "TD", "TF", "TG", "TK", "TL", "TO", "TT", "TV", "UG", "VU",
			"YE", "ZW");

	/** Formats of the supported jurisdictions, written as people do (case and one inner space are forgiven). */
	private static final Map<String, Pattern> FORMATS = Map.ofEntries(
			Map.entry("US", Pattern.compile("\\d{5}(-\\d{4})?")),
			Map.entry("CA", Pattern.compile("[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d",
					Pattern.CASE_INSENSITIVE)),
			Map.entry("GB", Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}", Pattern.CASE_INSENSITIVE)),
			Map.entry("IE", Pattern.compile("([AC-FHKNPRTV-Y]\\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}",
					Pattern.CASE_INSENSITIVE)),
			Map.entry("AU", Pattern.compile("\\d{4}")), Map.entry("NZ", Pattern.compile("\\d{4}")),
			Map.entry("DE", Pattern.compile("\\d{5}")), Map.entry("AT", Pattern.compile("\\d{4}")),
			Map.entry("CH", Pattern.compile("\\d{4}")), Map.entry("LI", Pattern.compile("94\\d{2}")),
			Map.entry("FR", Pattern.compile("\\d{5}")), Map.entry("BE", Pattern.compile("\\d{4}")),
			Map.entry("NL", Pattern.compile("\\d{4} ?[A-Z]{2}", Pattern.CASE_INSENSITIVE)),
			Map.entry("LU", Pattern.compile("(L-)?\\d{4}", Pattern.CASE_INSENSITIVE)),
			Map.entry("ES", Pattern.compile("\\d{5}")), Map.entry("PT", Pattern.compile("\\d{4}-\\d{3}")),
			Map.entry("IT", Pattern.compile("\\d{5}")), Map.entry("DK", Pattern.compile("\\d{4}")),
			Map.entry("SE", Pattern.compile("\\d{3} ?\\d{2}")), Map.entry("NO", Pattern.compile("\\d{4}")),
			Map.entry("FI", Pattern.compile("\\d{5}")), Map.entry("PL", Pattern.compile("\\d{2}-\\d{3}")),
			Map.entry("CZ", Pattern.compile("\\d{3} ?\\d{2}")), Map.entry("SK", Pattern.compile("\\d{3} ?\\d{2}")),
			Map.entry("GR", Pattern.compile("\\d{3} ?\\d{2}")));

	private PostalCodes() {
	}

	/**
	 * Whether addresses in a country carry a postal code.
	 * @param country an ISO alpha-2 code
	 * @return {@code false} for countries without a postal code system
	 */
	public static boolean used(String country) {
		return !NOT_USED.contains(country);
	}

	/**
	 * Whether a postal code has its country's format; countries whose format is not known accept any code.
	 * @param country an ISO alpha-2 code
	 * @param postalCode the code as written
	 * @return {@code false} only when the country's format is known and the code does not match it
	 */
	public static boolean wellFormed(String country, String postalCode) {
		Pattern format = FORMATS.get(country);
		return format == null || format.matcher(postalCode.strip()).matches();
	}

}
