package com.qbobridge.schemas;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.DateTimeFeature;
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
		return new Reader<>(Instant.class, InstantDeserializer.INSTANT, (text, context) -> {
			OffsetDateTime read = parse(text);
			return (read != null) ? read.toInstant() : null;
		});
	}

	/** {@code OffsetDateTime}s, e.g. QuickBooks' {@code MetaData.LastUpdatedTime}. */
	static ValueDeserializer<OffsetDateTime> offsetDateTimes() {
		return new Reader<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME, (text, context) -> {
			OffsetDateTime read = parse(text);
			if (read == null || !context.isEnabled(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
				return read;
			}
			// As Jackson adjusts: to the context zone's offset at the value's local date-time.
			ZoneId zone = context.getTimeZone().toZoneId();
			return read.withOffsetSameInstant(zone.getRules().getOffset(read.toLocalDateTime()));
		});
	}

	/** {@code LocalDate}s, e.g. an invoice's {@code TxnDate} and {@code DueDate}. */
	static ValueDeserializer<LocalDate> localDates() {
		return new Reader<>(LocalDate.class, LocalDateDeserializer.INSTANCE, (text, context) -> parseDate(text));
	}

	/**
	 * Reads {@code 2026-10-01}, or {@code null} for anything else.
	 * @param text the value
	 * @return the date
	 */
	static @Nullable LocalDate parseDate(String text) {
		return (text.length() == 10) ? dateAt(text) : null;
	}

	/**
	 * Reads the common shape, or {@code null} for anything else (another shape, or values out of range).
	 * @param text the value
	 * @return the date-time with the offset it was written with
	 */
	static @Nullable OffsetDateTime parse(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
			return null;
		}
		LocalDate date = dateAt(text);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if (date == null || (hour | minute | second) < 0) {
			return null;
		}
		int at = 19;
		int nanos = 0;
		if (text.charAt(at) == '.') {
			int start = ++at;
			while (at < length && isDigit(text.charAt(at))) {
				at++;
			}
			int count = at - start;
			if (count == 0 || count > 9) {
				return null;
			}
			nanos = digits(text, start, count) * NANOS_PER_DIGIT[count];
		}
		ZoneOffset offset = offsetAt(text, at);
		if (offset == null) {
			return null;
		}
		try {
			return OffsetDateTime.of(date, LocalTime.of(hour, minute, second, nanos), offset);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The date the text starts with ({@code 2026-10-01}), or {@code null}. */
	private static @Nullable LocalDate dateAt(String text) {
		if (text.charAt(4) != '-' || text.charAt(7) != '-') {
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

	/** The offset that ends the text from {@code at} ({@code Z} or {@code +hh:mm}), or {@code null}. */
	private static @Nullable ZoneOffset offsetAt(String text, int at) {
		int length = text.length();
		if (at == length - 1 && text.charAt(at) == 'Z') {
			return ZoneOffset.UTC;
		}
		char sign = (at == length - 6) ? text.charAt(at) : 0;
		if ((sign != '+' && sign != '-') || text.charAt(at + 3) != ':') {
			return null;
		}
		int hours = digits(text, at + 1, 2);
		int minutes = digits(text, at + 4, 2);
		if ((hours | minutes) < 0) {
			return null;
		}
		try {
			return (sign == '-') ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** The number written by {@code count} ASCII digits from {@code start}, or -1. */
	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** The common shape read by {@code fast}, anything else (and every error) by Jackson's reader. */
	private static final class Reader<T> extends StdDeserializer<T> {

		private final ValueDeserializer<T> jackson;

		private final BiFunction<String, DeserializationContext, @Nullable T> fast;

		Reader(Class<T> type, ValueDeserializer<T> jackson, BiFunction<String, DeserializationContext, @Nullable T> fast) {
			super(type);
			this.jackson = jackson;
			this.fast = fast;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				T read = this.fast.apply(parser.getString(), context);
				if (read != null) {
					return read;
				}
			}
			return this.jackson.deserialize(parser, context);
		}

	}

}
