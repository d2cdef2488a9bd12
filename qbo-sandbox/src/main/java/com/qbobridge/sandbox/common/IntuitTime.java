package com.qbobridge.sandbox.common;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Formats instants the way Intuit's servers do: in Pacific time with an explicit offset.
 */
public final class IntuitTime {

	/** Intuit's servers answer in US Pacific time. */
	public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

	/** The response {@code time} field: milliseconds and offset, e.g. {@code 2015-07-24T10:48:27.082-07:00}. */
	public static final DateTimeFormatter RESPONSE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	private IntuitTime() {
	}

	public static String responseTime(Clock clock) {
		return RESPONSE_TIME.format(OffsetDateTime.ofInstant(clock.instant(), ZONE));
	}

	/** An entity timestamp ({@code MetaData}) at whole seconds in Pacific time. */
	public static OffsetDateTime entityTime(Instant instant) {
		return OffsetDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ZONE);
	}

}
