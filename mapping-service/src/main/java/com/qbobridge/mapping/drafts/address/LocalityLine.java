package com.qbobridge.mapping.drafts.address;

import java.util.List;
import java.util.Objects;

/**
 * The parts one line of a locality holds, in the order the country writes them, e.g. city, region, postal code for
 * {@code Springfield, IL 62701}.
 *
 * @param parts the parts, first to last, never empty
 */
record LocalityLine(List<AddressPart> parts) {

	LocalityLine {
		Objects.requireNonNull(parts, "parts must not be null");
		parts = List.copyOf(parts);
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("A locality line holds at least one part");
		}
	}

	boolean has(AddressPart part) {
		return this.parts.contains(part);
	}

}
