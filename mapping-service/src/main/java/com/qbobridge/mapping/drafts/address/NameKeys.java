package com.qbobridge.mapping.drafts.address;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Compares names and address lines the way a reader would: case, accents, punctuation and spacing do not matter, and
 * neither does an {@code Attn:} or {@code c/o} in front of a name.
 */
public final class NameKeys {

	private static final Pattern FOR_THE_ATTENTION_OF = Pattern
		.compile("^(?:attn|attention|fao|c/o|care of|z\\.?\\s*hd\\.?|z\\.?\\s*h\\.?|à l'attention de)\\s*[:.]?\\s+",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private NameKeys() {
	}

	/**
	 * The key of a text: its letters and digits in lower case, without accents.
	 * @param text the text, may be {@code null}
	 * @return the key, empty for {@code null} or a text without letters and digits
	 */
	public static String key(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		StringBuilder key = new StringBuilder(plain.length());
		plain.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString();
	}

	/**
	 * The key of a name line: as {@link #key(String)}, after removing a leading {@code Attn:} or {@code c/o}.
	 * @param line the line, may be {@code null}
	 * @return the key
	 */
	public static String nameKey(@Nullable String line) {
		return (line != null) ? key(FOR_THE_ATTENTION_OF.matcher(line.strip()).replaceFirst("")) : "";
	}

}
