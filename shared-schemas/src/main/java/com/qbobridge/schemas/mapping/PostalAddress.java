package com.qbobridge.schemas.mapping;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A debtor's postal address in case form.
 *
 * @param lines street lines, first to last, blanks removed
 * @param city the city
 * @param region state, province or region code, e.g. {@code CA}
 * @param postalCode postal or ZIP code
 * @param country ISO 3166-1 alpha-2 code when it could be recognised, else the text as written
 */
public record PostalAddress(List<String> lines, @Nullable String city, @Nullable String region,
		@Nullable String postalCode, @Nullable String country) {

	public PostalAddress {
		lines = (lines != null) ? List.copyOf(lines) : List.of();
	}

}
