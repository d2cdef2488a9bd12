package com.qbobridge.cases.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.qbobridge.schemas.cases.CaseStatus;
import org.jspecify.annotations.Nullable;

/**
 * Which page of an account's cases to list, and which cases: by status and by creation time
 * ({@code createdFrom} inclusive, {@code createdTo} exclusive).
 *
 * @param status only cases in this status, if given
 * @param createdFrom only cases created at or after this instant, if given
 * @param createdTo only cases created before this instant, if given
 * @param page the zero-based page number
 * @param size the page size
 */
public record CaseFilter(@Nullable CaseStatus status, @Nullable Instant createdFrom, @Nullable Instant createdTo,
		int page, int size) {

	/** The page size when none is asked for. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page a caller can ask for. */
	public static final int MAX_SIZE = 200;

	/**
	 * Reads a filter from request parameters, collecting every problem rather than stopping at the first. Dates are
	 * ISO-8601 instants ({@code 2026-11-25T10:00:00Z}) or days ({@code 2026-11-25}, UTC); a day as {@code createdTo}
	 * includes the whole day.
	 * @param status a {@link CaseStatus} name, any case
	 * @param createdFrom lower bound, inclusive
	 * @param createdTo upper bound
	 * @param page zero-based page number
	 * @param size page size, 1 to {@value #MAX_SIZE}
	 * @return the filter
	 * @throws InvalidCaseFilter naming each bad parameter
	 */
	public static CaseFilter parse(@Nullable String status, @Nullable String createdFrom, @Nullable String createdTo,
			@Nullable String page, @Nullable String size) {
		Map<String, String> errors = new LinkedHashMap<>();
		CaseStatus parsedStatus = null;
		if (hasText(status)) {
			try {
				parsedStatus = CaseStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.put("status", "must be one of CREATED, SUBMITTED, ON_HOLD, PAID_TO_CREDITOR");
			}
		}
		Instant from = instant("createdFrom", createdFrom, false, errors);
		Instant to = instant("createdTo", createdTo, true, errors);
		if (from != null && to != null && !from.isBefore(to)) {
			errors.put("createdTo", "must be after createdFrom");
		}
		int parsedPage = number("page", page, 0, 0, Integer.MAX_VALUE, errors);
		int parsedSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
		if (!errors.isEmpty()) {
			throw new InvalidCaseFilter(errors);
		}
		return new CaseFilter(parsedStatus, from, to, parsedPage, parsedSize);
	}

	/**
	 * The number of cases to skip before this page.
	 * @return page times size
	 */
	public long offset() {
		return (long) this.page * this.size;
	}

	private static @Nullable Instant instant(String name, @Nullable String value, boolean endOfDay,
			Map<String, String> errors) {
		if (!hasText(value)) {
			return null;
		}
		String text = value.trim();
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.put(name, "must be an ISO-8601 date (2026-11-25) or instant (2026-11-25T10:00:00Z)");
			return null;
		}
	}

	private static int number(String name, @Nullable String value, int fallback, int min, int max,
			Map<String, String> errors) {
		if (!hasText(value)) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, like an out-of-range number
		}
		errors.put(name, (max == Integer.MAX_VALUE) ? "must be a whole number of at least " + min
				: "must be a whole number from " + min + " to " + max);
		return fallback;
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
