package com.qbobridge.imports.labels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.qbobridge.schemas.mapping.FieldIssue;
import org.jspecify.annotations.Nullable;

/**
 * The one table of words a creditor reads instead of field paths and codes ({@code debtor.address.postalCode},
 * {@code ADDRESS_COUNTRY_UNKNOWN}); pages, page scripts and the report CSV all read it, so a field has one name
 * everywhere.
 */
public final class Labels {

	private static final Map<String, String> FIELDS = new LinkedHashMap<>();

	private static final Map<String, String> REASONS = new LinkedHashMap<>();

	private static final Map<String, String> FIXES = Map.of("SET_COUNTRY", "Set the debtor's country",
			"SET_JURISDICTION", "Set the jurisdiction", "DROP_PHONE", "Leave the phone number out", "DROP_EMAIL",
			"Leave the e-mail address out", "USE_CUSTOMER_ADDRESS", "Use the customer's address");

	private static final Map<String, String> CASE_STATUSES = Map.of("CREATED", "Created, being handed to collection",
			"SUBMITTED", "With collection");

	// "field.path: " at the start of a stored detail or after "; ", as the reports of older drafts were written.
	private static final Pattern FIELD_PREFIX = Pattern.compile("(^|; |: )([a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)*): ");

	static {
		FIELDS.put("creditorReference", "Invoice number");
		FIELDS.put("caseDate", "Invoice date");
		FIELDS.put("dueDate", "Due date");
		FIELDS.put("amountToRecover", "Amount to recover");
		FIELDS.put("invoiceTotal", "Invoice total");
		FIELDS.put("openBalance", "Open balance");
		FIELDS.put("currency", "Currency");
		FIELDS.put("jurisdiction", "Jurisdiction (country)");
		FIELDS.put("debtor", "Debtor");
		FIELDS.put("debtor.type", "Debtor type");
		FIELDS.put("debtor.name", "Debtor name");
		FIELDS.put("debtor.email", "Debtor e-mail");
		FIELDS.put("debtor.phone", "Debtor phone");
		FIELDS.put("debtor.address", "Debtor address");
		FIELDS.put("debtor.address.lines", "Street");
		FIELDS.put("debtor.address.city", "City");
		FIELDS.put("debtor.address.region", "State / region");
		FIELDS.put("debtor.address.postalCode", "Postal code");
		FIELDS.put("debtor.address.country", "Country");
		FIELDS.put("source.invoiceId", "QuickBooks invoice");
		FIELDS.put("source.realmId", "QuickBooks company");
		FIELDS.put("draft", "Draft");

		REASONS.put("CREDITOR_REFERENCE_MISSING", "Invoice number missing");
		REASONS.put("CREDITOR_REFERENCE_TOO_LONG", "Invoice number too long");
		REASONS.put("CASE_DATE_MISSING", "Invoice date missing");
		REASONS.put("CASE_DATE_OUT_OF_RANGE", "Invoice date out of range");
		REASONS.put("CASE_DATE_IN_FUTURE", "Invoice date in the future");
		REASONS.put("DUE_DATE_MISSING", "Due date missing");
		REASONS.put("DUE_DATE_OUT_OF_RANGE", "Due date out of range");
		REASONS.put("DUE_DATE_BEFORE_CASE_DATE", "Due before the invoice date");
		REASONS.put("INVOICE_NOT_YET_DUE", "Not yet due");
		REASONS.put("AMOUNT_MISSING", "Amount missing");
		REASONS.put("AMOUNT_NOT_POSITIVE", "Amount zero or negative");
		REASONS.put("AMOUNT_TOO_LARGE", "Amount too large");
		REASONS.put("AMOUNT_PRECISION_INVALID", "Amount has too many decimals");
		REASONS.put("AMOUNT_BELOW_MINIMUM", "Amount below the minimum");
		REASONS.put("AMOUNT_MINIMUM_NOT_CHECKED", "Minimum amount not checked");
		REASONS.put("AMOUNT_PARTIALLY_PAID", "Partly paid");
		REASONS.put("AMOUNT_EXCEEDS_INVOICE_TOTAL", "Open balance above the invoice total");
		REASONS.put("AMOUNT_ABOVE_OPEN_BALANCE", "Amount above the open balance");
		REASONS.put("INVOICE_TOTAL_TOO_LARGE", "Invoice total too large");
		REASONS.put("INVOICE_TOTAL_PRECISION_INVALID", "Invoice total has too many decimals");
		REASONS.put("CURRENCY_MISSING", "Currency missing");
		REASONS.put("CURRENCY_INVALID", "Currency not recognised");
		REASONS.put("JURISDICTION_MISSING", "Jurisdiction missing");
		REASONS.put("JURISDICTION_UNKNOWN", "Jurisdiction not recognised");
		REASONS.put("JURISDICTION_NOT_SUPPORTED", "Jurisdiction not supported");
		REASONS.put("JURISDICTION_DIFFERS_FROM_ADDRESS", "Jurisdiction differs from the debtor's country");
		REASONS.put("DEBTOR_NAME_MISSING", "Debtor name missing");
		REASONS.put("DEBTOR_NAME_TOO_LONG", "Debtor name too long");
		REASONS.put("DEBTOR_TYPE_MISSING", "Company or person unknown");
		REASONS.put("DEBTOR_EMAIL_INVALID", "E-mail not usable");
		REASONS.put("DEBTOR_EMAIL_TOO_LONG", "E-mail too long");
		REASONS.put("DEBTOR_PHONE_INVALID", "Phone not usable");
		REASONS.put("DEBTOR_PHONE_TOO_LONG", "Phone too long");
		REASONS.put("DEBTOR_PHONE_OTHER_COUNTRY", "Phone from another country");
		REASONS.put("DEBTOR_PHONE_NOT_E164", "Phone not in international form");
		REASONS.put("ADDRESS_LINE_MISSING", "Street missing");
		REASONS.put("ADDRESS_LINE_TOO_LONG", "Street line too long");
		REASONS.put("ADDRESS_TOO_MANY_LINES", "Too many street lines");
		REASONS.put("ADDRESS_CITY_MISSING", "City missing");
		REASONS.put("ADDRESS_CITY_TOO_LONG", "City too long");
		REASONS.put("ADDRESS_REGION_MISSING", "State / region missing");
		REASONS.put("ADDRESS_REGION_INVALID", "State / region not recognised");
		REASONS.put("ADDRESS_REGION_TOO_LONG", "State / region too long");
		REASONS.put("ADDRESS_POSTAL_CODE_MISSING", "Postal code missing");
		REASONS.put("ADDRESS_POSTAL_CODE_INVALID", "Postal code in the wrong format");
		REASONS.put("ADDRESS_POSTAL_CODE_TOO_LONG", "Postal code too long");
		REASONS.put("ADDRESS_COUNTRY_MISSING", "Country missing");
		REASONS.put("ADDRESS_COUNTRY_UNKNOWN", "Country not recognised");
		REASONS.put("CONTROL_CHARACTERS", "Line breaks or tabs in a text");
		REASONS.put("FORMAT_CHARACTERS", "Invisible characters in a text");
		REASONS.put("DUPLICATE", "Already a case");
		REASONS.put("DUPLICATE_REFERENCE", "Invoice number already used by another case");
		REASONS.put("INVALID", "Refused by the case rules");
	}

	private Labels() {
	}

	/**
	 * The name of a case field.
	 * @param field a rule's field path, e.g. {@code debtor.address.postalCode}
	 * @return its name, e.g. "Postal code"; an unknown path reads as its last part in words
	 */
	public static String field(@Nullable String field) {
		if (field == null || field.isBlank()) {
			return "Case";
		}
		String known = FIELDS.get(field);
		if (known != null) {
			return known;
		}
		String last = field.substring(field.lastIndexOf('.') + 1);
		String words = last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * A rule code in a few words, as the bulk-fix groups and warning groups are titled.
	 * @param code a {@code RuleCode} or case-service reason name
	 * @return its words; an unknown code reads as its name in lower case
	 */
	public static String reason(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return "Needs attention";
		}
		String known = REASONS.get(code);
		if (known != null) {
			return known;
		}
		String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * A bulk fix in words, as its button reads.
	 * @param kind a {@code FixKind} name
	 * @return its words, e.g. "Set the debtor's country"
	 */
	public static String fix(@Nullable String kind) {
		return (kind != null) ? FIXES.getOrDefault(kind, reason(kind)) : "Fix";
	}

	/**
	 * A case's status in words.
	 * @param status a {@code CaseStatus} name
	 * @return its words
	 */
	public static String caseStatus(@Nullable String status) {
		return (status != null) ? CASE_STATUSES.getOrDefault(status, reason(status)) : "Unknown";
	}

	/**
	 * One issue as a creditor reads it: the field's name and the rule's sentence.
	 * @param issue the issue, must not be null
	 * @return e.g. "Postal code: The debtor's address has no postal code"
	 */
	public static String issue(FieldIssue issue) {
		return field(issue.field()) + ": " + issue.message();
	}

	/**
	 * Issues as one line of text, for the report.
	 * @param issues the issues
	 * @return each issue in words, separated by "; "
	 */
	public static String issues(List<FieldIssue> issues) {
		return String.join("; ", issues.stream().map(Labels::issue).toList());
	}

	/**
	 * Rewrites a stored report detail so that field paths read as field names ("debtor.address.postalCode: …" becomes
	 * "Postal code: …"); text without field paths is returned as it is.
	 * @param detail the detail as stored
	 * @return the detail in words
	 */
	public static @Nullable String detail(@Nullable String detail) {
		if (detail == null) {
			return null;
		}
		Matcher matcher = FIELD_PREFIX.matcher(detail);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String path = matcher.group(2);
			String replacement = (FIELDS.containsKey(path) || path.contains(".")) ? field(path) : path;
			matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + replacement + ": "));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * The whole table, for the page scripts.
	 * @return field paths and reason codes to their words
	 */
	public static Map<String, Map<String, String>> table() {
		return Map.of("fields", Map.copyOf(FIELDS), "reasons", Map.copyOf(REASONS), "caseStatuses", CASE_STATUSES, "fixes",
				FIXES);
	}

}
