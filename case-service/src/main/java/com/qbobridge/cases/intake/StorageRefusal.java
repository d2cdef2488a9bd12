package com.qbobridge.cases.intake;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.qbobridge.rules.CaseFields;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Why the database would not store the case of one approval, in words a creditor can act on: the values of the
 * approval that a case cannot hold, never the database's own message (which names SQL and, for a batch, other
 * approvals' values). It becomes the detail and violations of the {@code INVALID} answer.
 *
 * @param detail the reason in one sentence or a few
 * @param violations the fields concerned, when they are known
 */
record StorageRefusal(String detail, List<FieldIssue> violations) {

	/** The code of a value outside what a case can hold. */
	static final String OUT_OF_RANGE = "VALUE_OUT_OF_RANGE";

	/** The code of a text with a character a case cannot hold. */
	static final String UNSTORABLE_CHARACTER = "UNSTORABLE_CHARACTER";

	/** Dates are stored as ISO text the database reads for years 1 to 9999 only. */
	private static final int FIRST_YEAR = 1;

	private static final int LAST_YEAR = 9999;

	/** PostgreSQL's numeric holds up to 131072 digits before the decimal point and 16383 after it. */
	private static final int INTEGER_DIGITS = 131072;

	private static final int FRACTION_DIGITS = 16383;

	StorageRefusal {
		Assert.hasText(detail, "detail must not be empty");
		violations = List.copyOf(violations);
	}

	/**
	 * Explains why the case of an approval could not be stored.
	 * @param approval the approval, handled on its own when it failed
	 * @param failure what storing it threw
	 * @return the explanation
	 */
	static StorageRefusal of(CaseDraftApproved approval, Throwable failure) {
		List<FieldIssue> issues = new ArrayList<>();
		CaseDraft draft = approval.draft();
		date(issues, CaseFields.CASE_DATE, "case date", draft.caseDate());
		date(issues, CaseFields.DUE_DATE, "due date", draft.dueDate());
		amount(issues, CaseFields.AMOUNT_TO_RECOVER, "amount to recover", draft.amountToRecover());
		amount(issues, "invoiceTotal", "invoice total", draft.invoiceTotal());
		texts(approval).forEach((field, value) -> {
			if (value != null && value.indexOf('\u0000') >= 0) {
				issues.add(new FieldIssue(UNSTORABLE_CHARACTER, field,
						"The " + field + " holds a NUL character (U+0000), which a case cannot hold"));
			}
		});
		if (!issues.isEmpty()) {
			return new StorageRefusal(String.join("; ", issues.stream().map(FieldIssue::message).toList()), issues);
		}
		return new StorageRefusal(general(sqlState(failure)), List.of());
	}

	private static void date(List<FieldIssue> issues, String field, String name, @Nullable LocalDate date) {
		if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
			issues.add(new FieldIssue(OUT_OF_RANGE, field,
					"The " + name + " " + date + " is outside the range a case can hold (years 1 to 9999)"));
		}
	}

	private static void amount(List<FieldIssue> issues, String field, String name, @Nullable BigDecimal amount) {
		if (amount == null) {
			return;
		}
		long integerDigits = (long) amount.precision() - amount.scale();
		if (integerDigits > INTEGER_DIGITS || amount.scale() > FRACTION_DIGITS) {
			issues.add(new FieldIssue(OUT_OF_RANGE, field,
					"The " + name + " " + shortly(amount) + " is outside the range a case can hold"));
		}
	}

	/** An amount as a person can read it: in scientific notation, at most a few dozen characters. */
	private static String shortly(BigDecimal amount) {
		String text = amount.toString();
		return (text.length() <= 40) ? text : String.format(Locale.ROOT, "%.6E", amount);
	}

	private static Map<String, @Nullable String> texts(CaseDraftApproved approval) {
		CaseDraft draft = approval.draft();
		Map<String, @Nullable String> texts = new LinkedHashMap<>();
		texts.put("approvedBy", approval.approvedBy());
		texts.put(CaseFields.CREDITOR_REFERENCE, draft.creditorReference());
		texts.put(CaseFields.CURRENCY, draft.currency());
		texts.put(CaseFields.JURISDICTION, draft.jurisdiction());
		Debtor debtor = draft.debtor();
		if (debtor != null) {
			texts.put(CaseFields.DEBTOR_NAME, debtor.name());
			texts.put(CaseFields.DEBTOR_EMAIL, debtor.email());
			texts.put(CaseFields.DEBTOR_PHONE, debtor.phone());
			PostalAddress address = debtor.address();
			if (address != null) {
				texts.put(CaseFields.ADDRESS_LINES, String.join("\n", address.lines()));
				texts.put(CaseFields.ADDRESS_CITY, address.city());
				texts.put(CaseFields.ADDRESS_REGION, address.region());
				texts.put(CaseFields.ADDRESS_POSTAL_CODE, address.postalCode());
				texts.put(CaseFields.ADDRESS_COUNTRY, address.country());
			}
		}
		SourceReference source = draft.source();
		texts.put("source.realmId", source.realmId());
		texts.put("source.invoiceId", source.invoiceId());
		texts.put("source.customerId", source.customerId());
		texts.put("source.syncToken", source.syncToken());
		return texts;
	}

	/** The database's reason by its SQLSTATE, in words, for failures no single value explains. */
	private static String general(@Nullable String state) {
		if (state == null) {
			return "The approval could not be stored as a case; check the draft's values before approving it again";
		}
		return switch (state) {
			case "22001" -> "A text of the draft is longer than a case can hold";
			case "22003" -> "An amount of the draft is outside the range a case can hold";
			case "22007", "22008" -> "A date of the draft is outside the range a case can hold";
			case "22021", "22P05" -> "A text of the draft holds a character a case cannot hold";
			case "23502" -> "The draft lacks a value a case cannot do without";
			case "23505" -> "The draft clashes with an existing case";
			case "23514" -> "The draft breaks a rule of the case register";
			default -> state.startsWith("22") ? "A value of the draft cannot be held by a case"
					: "The approval could not be stored as a case; check the draft's values before approving it"
							+ " again";
		};
	}

	private static @Nullable String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

}
