package com.qbobridge.rules;

import org.jspecify.annotations.Nullable;

/**
 * Text measures shared by the rules and the request constraints: lengths in code points, the characters a case field
 * cannot hold, and quoting a user's text safely inside a message (shortened, with invisible characters made visible)
 * so that a 10 KB name never floods a message. Every measure is one pass over the text.
 */
public final class Texts {

	private static final int QUOTE_LIMIT = 60;

	private Texts() {
	}

	/**
	 * Whether a text is missing.
	 * @param text the text, may be {@code null}
	 * @return {@code true} for {@code null}, empty or white space only
	 */
	public static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/**
	 * The length as a creditor counts it.
	 * @param text the text, must not be null
	 * @return the number of Unicode code points (an emoji counts as one)
	 */
	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	/**
	 * The first kind of character in a text that a single-line case field cannot carry.
	 * @param text the text, must not be null
	 * @return {@link Forbidden#CONTROL} for C0/C1 controls (NUL, tab, line breaks...) and the Unicode line and
	 * paragraph separators, {@link Forbidden#FORMAT} for format characters (Unicode category Cf: zero-width spaces and
	 * joiners, text-direction controls such as U+202E, the byte order mark), else {@link Forbidden#NONE}; a control
	 * character wins over a format character wherever it is
	 */
	public static Forbidden forbidden(String text) {
		Forbidden found = Forbidden.NONE;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			int type = Character.getType(codePoint);
			if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				return Forbidden.CONTROL;
			}
			if (type == Character.FORMAT) {
				found = Forbidden.FORMAT;
			}
		}
		return found;
	}

	/**
	 * Whether a text holds C0/C1 control characters or Unicode line and paragraph separators.
	 * @param text the text, must not be null
	 * @return {@code true} when {@link #forbidden(String)} finds a control character
	 */
	public static boolean hasControlCharacters(String text) {
		return forbidden(text) == Forbidden.CONTROL;
	}

	/**
	 * A user's text for a message: quoted, at most 60 characters, invisible characters shown as {@code �}.
	 * @param text the text, must not be null
	 * @return the quoted text
	 */
	public static String quote(String text) {
		StringBuilder quoted = new StringBuilder("'");
		int count = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (count == QUOTE_LIMIT) {
				quoted.append('…');
				break;
			}
			int type = Character.getType(codePoint);
			boolean invisible = type == Character.CONTROL || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
			quoted.appendCodePoint(invisible ? '\uFFFD' : codePoint);
			count++;
		}
		return quoted.append('\'').toString();
	}

	/**
	 * The kinds of character a case field cannot carry.
	 */
	public enum Forbidden {

		/** Nothing forbidden. */
		NONE,

		/** Control characters: NUL, tabs, line breaks, C1 controls, U+2028/U+2029. */
		CONTROL,

		/** Invisible format characters: zero-width characters, text-direction controls, the byte order mark. */
		FORMAT

	}

}
