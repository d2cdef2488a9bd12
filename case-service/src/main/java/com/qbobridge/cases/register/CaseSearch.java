package com.qbobridge.cases.register;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a creditor narrows and orders the case list beyond {@link CaseFilter}: by import, by currency, by a text found
 * in the debtor's name or the creditor reference, sorted by one of a few columns.
 *
 * @param importId only cases from this import, if given
 * @param currency only cases in this ISO 4217 currency, if given
 * @param text only cases whose debtor name or creditor reference contains this, ignoring case, if given
 * @param sort the column to order by
 * @param descending whether the order is descending
 */
public record CaseSearch(@Nullable UUID importId, @Nullable String currency, @Nullable String text, Sort sort,
		boolean descending) {

	/** Newest first, nothing narrowed: the listing as it always was. */
	public static final CaseSearch NONE = new CaseSearch(null, null, null, Sort.CREATED, true);

	/**
	 * The columns a listing can be ordered by; each names its SQL expression, so no request text reaches the SQL.
	 */
	public enum Sort {

		/** When the case was stored. */
		CREATED("created_at"),

		/** The invoice's due date. */
		DUE_DATE("due_date"),

		/** The amount to recover. */
		AMOUNT("amount_to_recover"),

		/** The debtor's name. */
		DEBTOR("lower(debtor_name)"),

		/** The creditor reference. */
		REFERENCE("lower(creditor_reference)"),

		/** The status. */
		STATUS("status");

		private final String column;

		Sort(String column) {
			this.column = column;
		}

		String column() {
			return this.column;
		}

	}

	/**
	 * Reads a search from request parameters, naming every bad one.
	 * @param importId an import id
	 * @param currency a three-letter code, any case
	 * @param text up to 100 characters
	 * @param sort a {@link Sort} name, any case ({@code dueDate} or {@code DUE_DATE})
	 * @param direction {@code asc} or {@code desc}; descending when missing
	 * @return the search
	 * @throws InvalidCaseFilter naming each bad parameter
	 */
	public static CaseSearch parse(@Nullable String importId, @Nullable String currency, @Nullable String text,
			@Nullable String sort, @Nullable String direction) {
		Map<String, String> errors = new LinkedHashMap<>();
		UUID parsedImport = null;
		if (hasText(importId)) {
			try {
				parsedImport = UUID.fromString(importId.trim());
			}
			catch (IllegalArgumentException ex) {
				errors.put("importId", "must be an import id (a UUID)");
			}
		}
		String parsedCurrency = null;
		if (hasText(currency)) {
			parsedCurrency = currency.trim().toUpperCase(Locale.ROOT);
			if (!parsedCurrency.matches("[A-Z]{3}")) {
				errors.put("currency", "must be a three-letter ISO 4217 code");
			}
		}
		String parsedText = hasText(text) ? text.trim() : null;
		if (parsedText != null && parsedText.length() > 100) {
			errors.put("q", "must be at most 100 characters");
		}
		Sort parsedSort = Sort.CREATED;
		if (hasText(sort)) {
			String name = sort.trim().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
			try {
				parsedSort = Sort.valueOf(name.equals("CREATED_AT") ? "CREATED" : name);
			}
			catch (IllegalArgumentException ex) {
				errors.put("sort", "must be one of created, dueDate, amount, debtor, reference, status");
			}
		}
		boolean descending = true;
		if (hasText(direction)) {
			String value = direction.trim().toLowerCase(Locale.ROOT);
			if (value.equals("asc")) {
				descending = false;
			}
			else if (!value.equals("desc")) {
				errors.put("direction", "must be asc or desc");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidCaseFilter(errors);
		}
		return new CaseSearch(parsedImport, parsedCurrency, parsedText, parsedSort, descending);
	}

	/**
	 * The text as a {@code LIKE} pattern, its wildcards escaped.
	 * @return {@code %text%} in lower case
	 */
	String likePattern() {
		String escaped = (this.text != null) ? this.text.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_") : "";
		return "%" + escaped + "%";
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
