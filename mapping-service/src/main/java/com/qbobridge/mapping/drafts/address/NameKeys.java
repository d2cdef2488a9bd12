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
		if (isAscii(text)) {
			// Nothing to decompose: most names and address lines, compared for every invoice.
			StringBuilder key = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
					key.append(c);
				}
				else if (c >= 'A' && c <= 'Z') {
					key.append((char) (c + ('a' - 'A')));
				}
			}
			return key.toString();
		}
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		StringBuilder key = new StringBuilder(plain.length());
		plain.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString();
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
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
