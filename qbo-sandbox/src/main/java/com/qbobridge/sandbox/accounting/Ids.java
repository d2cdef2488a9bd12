package com.qbobridge.sandbox.accounting;

import java.util.Comparator;

/**
 * Orders QuickBooks ids (numeric strings) by their number, so "10" follows "9" as in QuickBooks.
 */
public final class Ids {

	/** Numeric ids by value; other ids after them, alphabetically. */
	public static final Comparator<String> ORDER = Ids::compare;

	private Ids() {
	}

	static int compare(String a, String b) {
		boolean aNumeric = isNumeric(a);
		boolean bNumeric = isNumeric(b);
		if (aNumeric && bNumeric) {
			String x = stripZeros(a);
			String y = stripZeros(b);
			return (x.length() != y.length()) ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
		}
		if (aNumeric != bNumeric) {
			return aNumeric ? -1 : 1;
		}
		return a.compareTo(b);
	}

	private static boolean isNumeric(String value) {
		if (value.isEmpty()) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static String stripZeros(String value) {
		int i = 0;
		while (i < value.length() - 1 && value.charAt(i) == '0') {
			i++;
		}
		return value.substring(i);
	}

}
