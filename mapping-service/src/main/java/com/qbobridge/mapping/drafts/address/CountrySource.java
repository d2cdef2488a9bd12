package com.qbobridge.mapping.drafts.address;

/**
 * Where the country of a free-form address came from, so that mapping can say which it assumed.
 */
public enum CountrySource {

	/** The caller knew it, e.g. from QuickBooks' {@code Country} field. */
	GIVEN,

	/** A line names it ({@code USA}, {@code Deutschland}, {@code GBR}), on its own or after the postal code. */
	WRITTEN,

	/** The lines are written the way the assumed country writes addresses. */
	ASSUMED,

	/** The assumed country did not fit, and exactly one other country's format did (e.g. {@code 1012 AB}). */
	RECOGNISED,

	/** Nothing told the country. */
	UNKNOWN

}
