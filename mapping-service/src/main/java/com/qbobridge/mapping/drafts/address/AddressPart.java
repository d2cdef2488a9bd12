package com.qbobridge.mapping.drafts.address;

/**
 * A part of the locality (the lines after the street) that a national address format places, so that a format can be
 * read back from free text.
 */
enum AddressPart {

	/** The city or post town: {@code %C} in libaddressinput's notation. */
	CITY,

	/** The state, province or county: {@code %S}. */
	REGION,

	/** The postal or ZIP code: {@code %Z}. */
	POSTAL_CODE

}
