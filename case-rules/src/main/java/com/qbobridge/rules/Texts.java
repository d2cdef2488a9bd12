package com.qbobridge.rules;

import org.jspecify.annotations.Nullable;

/**
 * Text measures shared by the rules: lengths in code points, control characters, and quoting a user's text safely
 * inside a message (shortened, with control characters made visible) so that a 10 KB name never floods a message.
 */
final class Texts {

	private static final int QUOTE_LIMIT = 60;

	private Texts() {
	}

	static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	/**
	 * Whether a text holds C0/C1 control characters or Unicode line and paragraph separators, none of which a
	 * single-line case field can carry.
	 */
	static boolean hasControlCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			int type = Character.getType(text.charAt(i));
			if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				return true;
			}
		}
		return false;
	}

	static String quote(String text) {
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

}
