package com.qbobridge.schemas;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;

/**
 * Reads the dates and date-times every event carries ({@code occurredAt}, QuickBooks' {@code MetaData} times, an
 * invoice's dates) in their common shapes, {@code 2026-10-01} and
 * {@code 2026-10-01T13:16:17[.fraction](Z|+hh:mm)}, digit by digit, and hands anything else to Jackson's own reader,
 * which also gives the error for a wrong one. Jackson's reader goes through a {@code DateTimeFormatter} for every
 * value: a quarter of the time mapping-service spent reading an {@code InvoiceFetched} with its five date-times
 * (flight recording of figure 1 of the bench). What is read is exactly what Jackson reads, offsets adjusted to the
 * context's time zone included (IsoDateTimesTests compares the two).
 */
final class IsoDateTimes {

	private static final int[] NANOS_PER_DIGIT = { 0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000,
			100, 10, 1 };

	private IsoDateTimes() {
	}

	/** {@code Instant}s, e.g. {@code occurredAt}. */
	static ValueDeserializer<Instant> instants() {
		return new Reader<>(Instant.class, InstantDeserializer.INSTANT) {

			@Override
			Instant of(OffsetDateTime read, DeserializationContext context) {
				return read.toInstant();
			}

		};
	}

	/** {@code OffsetDateTime}s, e.g. QuickBooks' {@code MetaData.LastUpdatedTime}. */
	static ValueDeserializer<OffsetDateTime> offsetDateTimes() {
		return new Reader<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME) {

			@Override
			OffsetDateTime of(OffsetDateTime read, DeserializationContext context) {
				if (!context.isEnabled(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
					return read;
				}
				// As Jackson adjusts: to the context zone's offset at the value's local date-time.
				ZoneId zone = context.getTimeZone().toZoneId();
				return read.withOffsetSameInstant(zone.getRules().getOffset(read.toLocalDateTime()));
			}

		};
	}

	/** {@code LocalDate}s, e.g. an invoice's {@code TxnDate} and {@code DueDate}. */
	static ValueDeserializer<LocalDate> localDates() {
		return new StdDeserializer<>(LocalDate.class) {

			@Override
			public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
				if (parser.hasToken(JsonToken.VALUE_STRING)) {
					LocalDate read = parseDate(parser.getString());
					if (read != null) {
						return read;
					}
				}
				return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
			}

		};
	}

	/**
	 * Reads {@code 2026-10-01}, or {@code null} for anything else.
	 * @param text the value
	 * @return the date
	 */
	static @Nullable LocalDate parseDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		if ((year | month | day) < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Reads the common shape, or {@code null} for anything else (another shape, or values out of range).
	 * @param text the value
	 * @return the date-time with the offset it was written with
	 */
	static @Nullable OffsetDateTime parse(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		int at = 19;
		int nanos = 0;
		if (text.charAt(at) == '.') {
			int start = ++at;
			while (at < length && Character.isDigit(text.charAt(at)) && text.charAt(at) <= '9') {
				at++;
			}
			int count = at - start;
			if (count == 0 || count > 9) {
				return null;
			}
			nanos = digits(text, start, count) * NANOS_PER_DIGIT[count];
		}
		ZoneOffset offset;
		if (at == length - 1 && text.charAt(at) == 'Z') {
			offset = ZoneOffset.UTC;
		}
		else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && text.charAt(at + 3) == ':') {
			int hours = digits(text, at + 1, 2);
			int minutes = digits(text, at + 4, 2);
			if ((hours | minutes) < 0) {
				return null;
			}
			int sign = (text.charAt(at) == '-') ? -1 : 1;
			try {
				offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
		else {
			return null;
		}
		try {
			return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The number written by {@code count} ASCII digits from {@code start}, or -1. */
	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** The fast path for one type, Jackson's reader for the rest. */
	private abstract static class Reader<T extends Temporal> extends StdDeserializer<T> {

		private final ValueDeserializer<T> jackson;

		Reader(Class<T> type, ValueDeserializer<T> jackson) {
			super(type);
			this.jackson = jackson;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				OffsetDateTime read = parse(parser.getString());
				if (read != null) {
					return of(read, context);
				}
			}
			return this.jackson.deserialize(parser, context);
		}

		abstract T of(OffsetDateTime read, DeserializationContext context);

	}

}
