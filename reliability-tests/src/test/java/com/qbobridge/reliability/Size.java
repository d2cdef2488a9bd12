package com.qbobridge.reliability;

/**
 * How big the scenarios are: {@code -Dreliability.size=reduced} (the default, in {@code verify}) or {@code full}
 * ({@code run.sh}).
 */
final class Size {

	private Size() {
	}

	static boolean full() {
		return "full".equals(System.getProperty("reliability.size", "reduced"));
	}

	/**
	 * Chooses by size.
	 * @param reduced the value in {@code verify}
	 * @param full the value of the full run
	 * @return the one for this run
	 */
	static int of(int reduced, int full) {
		return full() ? full : reduced;
	}

}
