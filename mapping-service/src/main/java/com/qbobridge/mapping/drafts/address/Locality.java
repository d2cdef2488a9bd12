package com.qbobridge.mapping.drafts.address;

import org.jspecify.annotations.Nullable;

/**
 * The city, region and postal code read from the last lines of a free-form address.
 *
 * @param city the city as written
 * @param region the region's code where the country's regions are known ({@code NSW}), else as written
 * @param postalCode the postal code in upper case, without a country prefix
 * @param lines how many of the last lines held them
 * @param regionKnown whether the region is one of the country's known regions (not just text after a comma)
 */
record Locality(String city, @Nullable String region, @Nullable String postalCode, int lines, boolean regionKnown) {

	/**
	 * How much of the text the country's format recognised: the postal code's length without spaces counts most, a
	 * known region breaks ties ({@code Perth, WA 6000} is Australian, not a New Zealand city called "Perth, WA").
	 * @return the higher, the more specific the format that matched
	 */
	int specificity() {
		int length = (this.postalCode != null) ? this.postalCode.replace(" ", "").length() : 0;
		return length * 2 + (this.regionKnown ? 1 : 0);
	}

}
