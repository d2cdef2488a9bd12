package com.qbobridge.schemas;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings every producer and consumer of these contracts agrees on: ISO-8601 dates, exact decimals, and
 * unknown properties ignored so that adding a field to a contract never breaks an older consumer.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

	private EventJson() {
	}

	/**
	 * A shared, thread-safe mapper with the contract settings.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Applies the contract settings to a builder, e.g. Spring's auto-configured one.
	 * @param builder the builder to configure, must not be null
	 * @return the same builder
	 */
	public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
		return builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.addModule(new ContractReading());
	}

}
