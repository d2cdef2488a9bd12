package com.qbobridge.rules;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Recognises a country as people type it into QuickBooks ({@code USA}, {@code United States}, {@code U.S.},
 * {@code UK}, {@code Great Britain}, {@code Deutschland}, any case, extra spaces or dots) and gives its ISO 3166-1
 * alpha-2 code, because a case's jurisdiction and address need the code.
 */
public final class Countries {

	private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

	/** English first: on a clash between languages the English name wins. */
	private static final Locale[] NAME_LANGUAGES = { Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN,
			Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"), Locale.forLanguageTag("pt"),
			Locale.forLanguageTag("sv"), Locale.forLanguageTag("da"), Locale.forLanguageTag("nb"),
			Locale.forLanguageTag("fi"), Locale.forLanguageTag("pl") };

	private static final Map<String, String> BY_KEY = index();

	/** Read once: the JDK looks display names up in resource bundles on every call. */
	private static final Map<String, String> ENGLISH_NAMES = englishNames();

	private Countries() {
	}

	/**
	 * The ISO 3166-1 alpha-2 code of a country written as a code (alpha-2 or alpha-3), an English or major European
	 * language name, or a common alias.
	 * @param text the country as written, may be {@code null}
	 * @return the upper-case alpha-2 code, empty when the text is blank or not recognised
	 */
	public static Optional<String> toIsoAlpha2(@Nullable String text) {
		if (text == null || text.length() > FieldLimits.ADDRESS_COUNTRY) {
			return Optional.empty();
		}
		String key = key(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(BY_KEY.get(key));
	}

	/**
	 * Whether a text is exactly an upper-case ISO 3166-1 alpha-2 code, as a draft must hold it.
	 * @param code the text
	 * @return {@code true} for e.g. {@code DE}, {@code false} for {@code de} or {@code Germany}
	 */
	public static boolean isIsoAlpha2(@Nullable String code) {
		return code != null && code.length() == 2 && ISO_CODES.contains(code);
	}

	/**
	 * The English name of a country, for messages.
	 * @param code an ISO alpha-2 code
	 * @return e.g. {@code Germany}
	 */
	public static String englishName(String code) {
		String name = ENGLISH_NAMES.get(code);
		return (name != null) ? name : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
	}

	/**
	 * Reduces a text to lower-case ASCII letters: accents, case, spaces, dots and other punctuation do not matter.
	 */
	static String key(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		StringBuilder key = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = Character.toLowerCase(decomposed.charAt(i));
			if (c >= 'a' && c <= 'z') {
				key.append(c);
			}
			else if (c == 'ß') {
				key.append("ss");
			}
		}
		String result = key.toString();
		return result.startsWith("the") && result.length() > 6 ? result.substring(3) : result;
	}

	private static Map<String, String> englishNames() {
		Map<String, String> names = new HashMap<>();
		for (String code : ISO_CODES) {
			names.put(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
		}
		return Map.copyOf(names);
	}

	private static Map<String, String> index() {
		Map<String, String> index = new HashMap<>();
		for (Locale language : NAME_LANGUAGES) {
			for (String code : ISO_CODES) {
				index.putIfAbsent(key(new Locale("", code).getDisplayCountry(language)), code);
			}
		}
		for (String code : ISO_CODES) {
			index.put(code.toLowerCase(Locale.ROOT), code);
			index.putIfAbsent(new Locale("", code).getISO3Country().toLowerCase(Locale.ROOT), code);
		}
		alias(index, "US", "United States of America", "America", "US of A", "U.S.A.", "United States (USA)",
				"Estados Unidos", "Vereinigte Staaten von Amerika", "Etats-Unis d'Amerique");
		alias(index, "GB", "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales",
				"Northern Ireland", "United Kingdom of Great Britain and Northern Ireland", "Grossbritannien",
				"Großbritannien", "Angleterre");
		alias(index, "DE", "Deutschland", "Germany", "BRD", "Federal Republic of Germany", "Bundesrepublik Deutschland");
		alias(index, "NL", "Holland", "The Netherlands", "Nederland", "Niederlande");
		alias(index, "IE", "Republic of Ireland", "Eire", "Éire", "Irland");
		alias(index, "CZ", "Czech Republic", "Czechia");
		alias(index, "KR", "South Korea", "Korea", "Republic of Korea");
		alias(index, "KP", "North Korea");
		alias(index, "RU", "Russia", "Russian Federation");
		alias(index, "CH", "Schweiz", "Suisse", "Svizzera", "Swiss Confederation");
		alias(index, "AT", "Österreich", "Oesterreich");
		alias(index, "AE", "UAE", "U.A.E.", "Emirates");
		alias(index, "CD", "Democratic Republic of the Congo", "DR Congo", "DRC");
		alias(index, "CG", "Republic of the Congo", "Congo");
		alias(index, "CI", "Ivory Coast");
		alias(index, "TR", "Turkey", "Türkiye");
		alias(index, "VN", "Vietnam");
		alias(index, "TW", "Taiwan");
		alias(index, "VA", "Vatican", "Holy See");
		alias(index, "MK", "Macedonia");
		alias(index, "SZ", "Swaziland");
		alias(index, "CV", "Cape Verde");
		alias(index, "MM", "Burma");
		alias(index, "BO", "Bolivia");
		alias(index, "VE", "Venezuela");
		alias(index, "IR", "Iran");
		alias(index, "SY", "Syria");
		alias(index, "LA", "Laos");
		alias(index, "MD", "Moldova");
		alias(index, "TZ", "Tanzania");
		alias(index, "FM", "Micronesia");
		alias(index, "PS", "Palestine");
		alias(index, "BN", "Brunei");
		return Map.copyOf(index);
	}

	private static void alias(Map<String, String> index, String code, String... names) {
		for (String name : names) {
			index.put(key(name), code);
		}
	}

}
