package com.qbobridge.schemas;

import java.util.Objects;

/**
 * A named, versioned event contract: the pair written into {@link EventMetadata} and the
 * {@code <type-in-kebab-case>.v<version>.schema.json} file that describes it.
 *
 * @param eventType the record's simple name, e.g. {@code InvoiceFetched}
 * @param version the contract version
 * @param recordType the Java record that implements it
 */
public record Contract(String eventType, int version, Class<? extends Event> recordType) {

	public Contract {
		Objects.requireNonNull(eventType, "eventType must not be null");
		Objects.requireNonNull(recordType, "recordType must not be null");
	}

	/**
	 * The classpath location of this contract's JSON Schema, under {@code schemas/}.
	 * @return e.g. {@code invoice-fetched.v1.schema.json}
	 */
	public String schemaFile() {
		return kebab(this.eventType) + ".v" + this.version + ".schema.json";
	}

	static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

}
