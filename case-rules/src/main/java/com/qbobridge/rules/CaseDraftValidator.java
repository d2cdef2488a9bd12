package com.qbobridge.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * Checks a case draft against every rule at once and explains each problem per field, so that mapping, the review
 * page and case creation accept and reject exactly the same drafts. Thread-safe; holds no state besides its settings.
 * <p>
 * It never throws on content: any text (very long, control characters, markup, right-to-left, emoji) is data, judged
 * and quoted shortened in messages. Its cost grows linearly with the draft: text is measured in one pass before any
 * pattern or library looks at it, and an amount's size is read from its precision and scale before it is ever
 * expanded, so that {@code 1E+1000000} is refused at once.
 */
public final class CaseDraftValidator {

	/**
	 * A pragmatic address syntax: a dot-atom local part, and a domain of at least two labels ending in a top-level
	 * domain of letters (or punycode). Letters and digits of any script are allowed.
	 */
	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]++"
			+ "(?:\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]++)*+"
			+ "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:\\p{L}{2,63}|xn--[a-z0-9-]{1,59})");

	private static final int EMAIL_LOCAL_PART_LIMIT = 64;

	/** Beyond this many digits an amount is never expanded to find its real decimals (JSON readers stop at 1,000). */
	private static final int EXPANDABLE_PRECISION = 1000;

	/** Amounts with more decimals than this are shown in scientific form in messages. */
	private static final int PLAIN_SCALE_LIMIT = 20;

	private final RulesSettings settings;

	private final Clock clock;

	/**
	 * Creates a validator.
	 * @param settings the tunable parts of the rules, must not be null
	 * @param clock decides what "today" is for due dates (its zone included), must not be null
	 */
	public CaseDraftValidator(RulesSettings settings, Clock clock) {
		this.settings = Objects.requireNonNull(settings, "settings must not be null");
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
	}

	/**
	 * Validates a draft.
	 * @param draft the draft, must not be null
	 * @return every violation and warning, in the order of the draft's fields
	 */
	public Validation validate(CaseDraft draft) {
		Objects.requireNonNull(draft, "draft must not be null");
		Issues issues = new Issues();
		text(issues, draft.creditorReference(), CaseFields.CREDITOR_REFERENCE, "The invoice number",
				RuleCode.CREDITOR_REFERENCE_MISSING, RuleCode.CREDITOR_REFERENCE_TOO_LONG,
				FieldLimits.CREDITOR_REFERENCE);
		dates(issues, draft.caseDate(), draft.dueDate());
		boolean currencyValid = currency(issues, draft.currency());
		String currency = currencyValid ? draft.currency() : null;
		BigDecimal total = draft.invoiceTotal();
		boolean totalFits = total != null && integerDigits(total) <= FieldLimits.AMOUNT_INTEGER_DIGITS;
		amount(issues, draft.amountToRecover(), totalFits ? total : null, draft.openBalance(), currency);
		if (total != null) {
			invoiceTotal(issues, total, currency);
		}
		Debtor debtor = draft.debtor();
		PostalAddress address = debtor.address();
		String country = (address != null) ? address.country() : null;
		jurisdiction(issues, draft.jurisdiction(), country);
		debtor(issues, debtor, Countries.isIsoAlpha2(country) ? country : null);
		address(issues, address);
		return issues.validation();
	}

	private void dates(Issues issues, @Nullable LocalDate caseDate, @Nullable LocalDate dueDate) {
		LocalDate today = LocalDate.now(this.clock);
		boolean caseDateInRange = false;
		if (caseDate == null) {
			issues.add(RuleCode.CASE_DATE_MISSING, CaseFields.CASE_DATE, "The invoice has no invoice date");
		}
		else if (!FieldLimits.dateInRange(caseDate)) {
			issues.add(RuleCode.CASE_DATE_OUT_OF_RANGE, CaseFields.CASE_DATE, "The invoice date " + caseDate
					+ " is not a date a case can carry; it must lie between " + dateRange());
		}
		else {
			caseDateInRange = true;
			if (caseDate.isAfter(today)) {
				issues.add(RuleCode.CASE_DATE_IN_FUTURE, CaseFields.CASE_DATE,
						"The invoice date " + caseDate + " lies in the future");
			}
		}
		if (dueDate == null) {
			issues.add(RuleCode.DUE_DATE_MISSING, CaseFields.DUE_DATE,
					"The invoice has no due date, so it cannot be shown to be overdue");
			return;
		}
		if (!FieldLimits.dateInRange(dueDate)) {
			issues.add(RuleCode.DUE_DATE_OUT_OF_RANGE, CaseFields.DUE_DATE, "The due date " + dueDate
					+ " is not a date a case can carry; it must lie between " + dateRange());
			return;
		}
		if (caseDateInRange && dueDate.isBefore(caseDate)) {
			issues.add(RuleCode.DUE_DATE_BEFORE_CASE_DATE, CaseFields.DUE_DATE,
					"The due date " + dueDate + " is before the invoice date " + caseDate);
		}
		if (!dueDate.isBefore(today)) {
			issues.add(RuleCode.INVOICE_NOT_YET_DUE, CaseFields.DUE_DATE, "The invoice is due on " + dueDate
					+ " and is not overdue yet; collection usually starts after the due date");
		}
	}

	private boolean currency(Issues issues, @Nullable String currency) {
		if (Texts.isBlank(currency)) {
			issues.add(RuleCode.CURRENCY_MISSING, CaseFields.CURRENCY, "The invoice has no currency");
			return false;
		}
		if (Currencies.isActive(currency)) {
			return true;
		}
		String upper = currency.strip().toUpperCase(Locale.ROOT);
		String hint = Currencies.isActive(upper) ? "; write it as " + upper : "";
		issues.add(RuleCode.CURRENCY_INVALID, CaseFields.CURRENCY,
				"The currency " + Texts.quote(currency) + " is not an active ISO 4217 currency code" + hint);
		return false;
	}

	private static String dateRange() {
		return FieldLimits.EARLIEST_DATE + " and " + FieldLimits.LATEST_DATE;
	}

	/**
	 * Checks the amount to recover.
	 * @param total the invoice total when it is small enough to compare with
	 * @param openBalance the invoice's open balance as imported, when the draft carries it
	 */
	private void amount(Issues issues, @Nullable BigDecimal amount, @Nullable BigDecimal total,
			@Nullable BigDecimal openBalance, @Nullable String currency) {
		if (amount == null) {
			issues.add(RuleCode.AMOUNT_MISSING, CaseFields.AMOUNT_TO_RECOVER, "The invoice has no open balance");
			return;
		}
		String unit = (currency != null) ? " " + currency : "";
		if (integerDigits(amount) > FieldLimits.AMOUNT_INTEGER_DIGITS) {
			issues.add(RuleCode.AMOUNT_TOO_LARGE, CaseFields.AMOUNT_TO_RECOVER,
					"The amount to recover, " + money(amount, currency) + unit + ", has more than "
							+ FieldLimits.AMOUNT_INTEGER_DIGITS + " digits before the decimal point");
			return;
		}
		if (amount.signum() <= 0) {
			issues.add(RuleCode.AMOUNT_NOT_POSITIVE, CaseFields.AMOUNT_TO_RECOVER,
					"The open balance is " + money(amount, currency) + unit + "; there is nothing to recover");
			return;
		}
		if (currency != null) {
			int minorUnits = Currencies.minorUnits(currency).orElse(2);
			if (decimals(amount) > minorUnits) {
				issues.add(RuleCode.AMOUNT_PRECISION_INVALID, CaseFields.AMOUNT_TO_RECOVER,
						"The amount " + money(amount, currency) + unit + " has more than " + minorUnits
								+ " decimals, which " + currency + " does not have");
			}
			minimum(issues, amount, currency);
		}
		if (openBalance != null && amount.compareTo(openBalance) > 0) {
			issues.add(RuleCode.AMOUNT_ABOVE_OPEN_BALANCE, CaseFields.AMOUNT_TO_RECOVER,
					"The amount to recover, " + money(amount, currency) + unit + ", is more than the invoice's open "
							+ "balance of " + money(openBalance, currency) + unit
							+ "; a case never claims more than the debtor owes");
		}
		if (total != null) {
			if (amount.compareTo(total) < 0) {
				issues.add(RuleCode.AMOUNT_PARTIALLY_PAID, CaseFields.AMOUNT_TO_RECOVER,
						"The invoice was partly paid: " + money(amount, currency) + " of " + money(total, currency)
								+ unit + " remain open, and only the open balance is recovered");
			}
			else if (amount.compareTo(total) > 0) {
				issues.add(RuleCode.AMOUNT_EXCEEDS_INVOICE_TOTAL, CaseFields.AMOUNT_TO_RECOVER,
						"The open balance " + money(amount, currency) + unit + " is higher than the invoice total "
								+ money(total, currency) + unit);
			}
		}
	}

	private void minimum(Issues issues, BigDecimal amount, String currency) {
		BigDecimal minimum = this.settings.minimumAmount();
		String minimumCurrency = this.settings.minimumAmountCurrency();
		Optional<BigDecimal> rate = this.settings.rateOf(currency);
		if (rate.isEmpty()) {
			issues.add(RuleCode.AMOUNT_MINIMUM_NOT_CHECKED, CaseFields.AMOUNT_TO_RECOVER,
					"There is no reference rate from " + currency + " to " + minimumCurrency
							+ ", so the minimum of " + minimum.toPlainString() + " " + minimumCurrency
							+ " was not checked");
			return;
		}
		if (amount.multiply(rate.get()).compareTo(minimum) >= 0) {
			return;
		}
		String message;
		if (currency.equals(minimumCurrency)) {
			message = "The amount to recover, " + money(amount, currency) + " " + currency
					+ ", is below the minimum of " + minimum.toPlainString() + " " + minimumCurrency;
		}
		else {
			int minorUnits = Currencies.minorUnits(currency).orElse(2);
			BigDecimal minimumInCurrency = minimum.divide(rate.get(), minorUnits, RoundingMode.CEILING);
			message = "The amount to recover, " + money(amount, currency) + " " + currency
					+ ", is below the minimum of " + minimum.toPlainString() + " " + minimumCurrency + " (about "
					+ minimumInCurrency.toPlainString() + " " + currency + " at the reference rate 1 " + currency
					+ " = " + rate.get().toPlainString() + " " + minimumCurrency + ")";
		}
		issues.add(RuleCode.AMOUNT_BELOW_MINIMUM, CaseFields.AMOUNT_TO_RECOVER, message);
	}

	private void invoiceTotal(Issues issues, BigDecimal total, @Nullable String currency) {
		String unit = (currency != null) ? " " + currency : "";
		if (integerDigits(total) > FieldLimits.AMOUNT_INTEGER_DIGITS) {
			issues.add(RuleCode.INVOICE_TOTAL_TOO_LARGE, CaseFields.INVOICE_TOTAL,
					"The invoice total, " + money(total, currency) + unit + ", has more than "
							+ FieldLimits.AMOUNT_INTEGER_DIGITS + " digits before the decimal point");
			return;
		}
		if (currency != null) {
			int minorUnits = Currencies.minorUnits(currency).orElse(2);
			if (decimals(total) > minorUnits) {
				issues.add(RuleCode.INVOICE_TOTAL_PRECISION_INVALID, CaseFields.INVOICE_TOTAL,
						"The invoice total " + money(total, currency) + unit + " has more than " + minorUnits
								+ " decimals, which " + currency + " does not have");
			}
		}
	}

	/** Digits before the decimal point (negative for {@code 0.001}), read without expanding the number. */
	private static long integerDigits(BigDecimal amount) {
		return (long) amount.precision() - amount.scale();
	}

	/**
	 * The decimals an amount really has ({@code 10.50} has one). Only amounts of at most
	 * {@value #EXPANDABLE_PRECISION} digits are stripped of trailing zeros; a longer one counts all its decimals.
	 */
	private static int decimals(BigDecimal amount) {
		if (amount.scale() <= 0) {
			return 0;
		}
		if (amount.precision() > EXPANDABLE_PRECISION) {
			return amount.scale();
		}
		return Math.max(amount.stripTrailingZeros().scale(), 0);
	}

	/**
	 * An amount as the currency writes it: {@code 150.0} becomes {@code 150.00} in dollars; never rounded. An amount
	 * no case can carry (too many digits either side of the point) is shown in scientific form, shortened, so that
	 * {@code 1E+1000000} never turns into a million zeros.
	 */
	private static String money(BigDecimal amount, @Nullable String currency) {
		if (integerDigits(amount) > FieldLimits.AMOUNT_INTEGER_DIGITS || amount.scale() > PLAIN_SCALE_LIMIT) {
			if (amount.precision() > EXPANDABLE_PRECISION) {
				return "a number of " + amount.precision() + " digits";
			}
			String scientific = amount.toString();
			return (scientific.length() <= 30) ? scientific : scientific.substring(0, 12) + "…"
					+ scientific.substring(scientific.length() - 12);
		}
		int minorUnits = (currency != null) ? Currencies.minorUnits(currency).orElse(0) : 0;
		return ((amount.scale() < minorUnits) ? amount.setScale(minorUnits) : amount).toPlainString();
	}

	private void jurisdiction(Issues issues, @Nullable String jurisdiction, @Nullable String addressCountry) {
		if (Texts.isBlank(jurisdiction)) {
			issues.add(RuleCode.JURISDICTION_MISSING, CaseFields.JURISDICTION,
					"The debtor's country is unknown, so the jurisdiction cannot be chosen");
			return;
		}
		if (!Countries.isIsoAlpha2(jurisdiction)) {
			issues.add(RuleCode.JURISDICTION_UNKNOWN, CaseFields.JURISDICTION, unknownCountry(jurisdiction));
			return;
		}
		if (!this.settings.supportedJurisdictions().contains(jurisdiction)) {
			issues.add(RuleCode.JURISDICTION_NOT_SUPPORTED, CaseFields.JURISDICTION, "Cases cannot be filed in "
					+ Countries.englishName(jurisdiction) + " (" + jurisdiction + ") yet");
			return;
		}
		if (Countries.isIsoAlpha2(addressCountry) && !jurisdiction.equals(addressCountry)) {
			issues.add(RuleCode.JURISDICTION_DIFFERS_FROM_ADDRESS, CaseFields.JURISDICTION,
					"The case would be filed in " + Countries.englishName(jurisdiction) + " (" + jurisdiction
							+ ") but the debtor's address is in " + Countries.englishName(addressCountry) + " ("
							+ addressCountry + ")");
		}
	}

	private void debtor(Issues issues, Debtor debtor, @Nullable String country) {
		text(issues, debtor.name(), CaseFields.DEBTOR_NAME, "The debtor's name", RuleCode.DEBTOR_NAME_MISSING,
				RuleCode.DEBTOR_NAME_TOO_LONG, FieldLimits.DEBTOR_NAME);
		if (debtor.type() == null) {
			issues.add(RuleCode.DEBTOR_TYPE_MISSING, CaseFields.DEBTOR_TYPE,
					"It is not known whether the debtor is a company or a person");
		}
		email(issues, debtor.email());
		phone(issues, debtor.phone(), country);
	}

	/**
	 * An e-mail address that is not valid only warns (it is left out of the case); one that no case field can hold
	 * (control or format characters, too long) is a violation like any other text.
	 */
	private void email(Issues issues, @Nullable String email) {
		if (Texts.isBlank(email)) {
			return;
		}
		if (!text(issues, email, CaseFields.DEBTOR_EMAIL, "The debtor's e-mail address", null,
				RuleCode.DEBTOR_EMAIL_TOO_LONG, FieldLimits.DEBTOR_EMAIL)) {
			return;
		}
		String address = email.strip();
		int at = address.lastIndexOf('@');
		if (at < 1 || at > EMAIL_LOCAL_PART_LIMIT || !EMAIL.matcher(address).matches()) {
			issues.add(RuleCode.DEBTOR_EMAIL_INVALID, CaseFields.DEBTOR_EMAIL, "The e-mail address "
					+ Texts.quote(email) + " is not a valid address; it will be left out of the case");
		}
	}

	/**
	 * A phone number that is not valid only warns (it is left out of the case); one that no case field can hold
	 * (control or format characters, too long) is a violation like any other text.
	 */
	private void phone(Issues issues, @Nullable String phone, @Nullable String country) {
		if (Texts.isBlank(phone)) {
			return;
		}
		if (!text(issues, phone, CaseFields.DEBTOR_PHONE, "The debtor's phone number", null,
				RuleCode.DEBTOR_PHONE_TOO_LONG, FieldLimits.DEBTOR_PHONE)) {
			return;
		}
		String where = (country != null) ? " for " + Countries.englishName(country) : "";
		Optional<ValidPhoneNumber> valid = PhoneNumbers.validate(phone, country);
		if (valid.isEmpty()) {
			issues.add(RuleCode.DEBTOR_PHONE_INVALID, CaseFields.DEBTOR_PHONE, "The phone number " + Texts.quote(phone)
					+ " is not a valid phone number" + where + "; it will be left out of the case");
			return;
		}
		String e164 = valid.get().e164();
		if (!e164.equals(phone)) {
			issues.add(RuleCode.DEBTOR_PHONE_NOT_E164, CaseFields.DEBTOR_PHONE,
					"The phone number " + Texts.quote(phone) + " will be stored as " + e164);
		}
		if (country != null && !country.equals(valid.get().country())) {
			issues.add(RuleCode.DEBTOR_PHONE_OTHER_COUNTRY, CaseFields.DEBTOR_PHONE,
					"The phone number " + e164 + " belongs to " + Countries.englishName(valid.get().country())
							+ ", not to the debtor's country " + Countries.englishName(country));
		}
	}

	private void address(Issues issues, @Nullable PostalAddress address) {
		PostalAddress given = (address != null) ? address : new PostalAddress(List.of(), null, null, null, null);
		String country = given.country();
		String iso = Countries.isIsoAlpha2(country) ? country : null;
		lines(issues, given.lines());
		text(issues, given.city(), CaseFields.ADDRESS_CITY, "The debtor's city", RuleCode.ADDRESS_CITY_MISSING,
				RuleCode.ADDRESS_CITY_TOO_LONG, FieldLimits.ADDRESS_CITY);
		region(issues, given.region(), iso);
		postalCode(issues, given.postalCode(), iso);
		text(issues, country, CaseFields.ADDRESS_COUNTRY, "The debtor's country", RuleCode.ADDRESS_COUNTRY_MISSING,
				null, Integer.MAX_VALUE);
		if (!Texts.isBlank(country) && iso == null) {
			issues.add(RuleCode.ADDRESS_COUNTRY_UNKNOWN, CaseFields.ADDRESS_COUNTRY, unknownCountry(country));
		}
	}

	private static String unknownCountry(String text) {
		return Countries.toIsoAlpha2(text)
			.map((code) -> "The country " + Texts.quote(text) + " must be written as its two-letter ISO code " + code)
			.orElseGet(() -> "The country " + Texts.quote(text) + " is not a country we recognise");
	}

	private void lines(Issues issues, List<String> lines) {
		List<String> given = lines.stream().filter((line) -> !Texts.isBlank(line)).toList();
		if (given.isEmpty()) {
			issues.add(RuleCode.ADDRESS_LINE_MISSING, CaseFields.ADDRESS_LINES,
					"The debtor's address has no street line");
			return;
		}
		if (given.size() > FieldLimits.ADDRESS_LINES) {
			issues.add(RuleCode.ADDRESS_TOO_MANY_LINES, CaseFields.ADDRESS_LINES, "The debtor's address has "
					+ given.size() + " street lines; at most " + FieldLimits.ADDRESS_LINES + " fit on a case");
		}
		for (int i = 0; i < given.size(); i++) {
			text(issues, given.get(i), CaseFields.ADDRESS_LINES, "Street line " + (i + 1), null,
					RuleCode.ADDRESS_LINE_TOO_LONG, FieldLimits.ADDRESS_LINE);
		}
	}

	private void region(Issues issues, @Nullable String region, @Nullable String country) {
		if (Texts.isBlank(region)) {
			if (Regions.required(country)) {
				issues.add(RuleCode.ADDRESS_REGION_MISSING, CaseFields.ADDRESS_REGION, "An address in "
						+ Countries.englishName(country) + " needs a " + regionWord(country) + ", and it has none");
			}
			return;
		}
		if (!text(issues, region, CaseFields.ADDRESS_REGION, "The debtor's region", null,
				RuleCode.ADDRESS_REGION_TOO_LONG, FieldLimits.ADDRESS_REGION)) {
			return;
		}
		if (Regions.required(country) && !Regions.codes(country).contains(region)) {
			issues.add(RuleCode.ADDRESS_REGION_INVALID, CaseFields.ADDRESS_REGION,
					Texts.quote(region) + " is not a " + regionWord(country) + " code of "
							+ Countries.englishName(country)
							+ Regions.toCode(country, region).map((code) -> "; write it as " + code).orElse(""));
		}
	}

	private static String regionWord(String country) {
		return switch (country) {
			case "CA" -> "province or territory";
			case "AU" -> "state or territory";
			default -> "state";
		};
	}

	private void postalCode(Issues issues, @Nullable String postalCode, @Nullable String country) {
		if (Texts.isBlank(postalCode)) {
			if (country == null || PostalCodes.used(country)) {
				issues.add(RuleCode.ADDRESS_POSTAL_CODE_MISSING, CaseFields.ADDRESS_POSTAL_CODE,
						"The debtor's address has no postal code");
			}
			return;
		}
		if (text(issues, postalCode, CaseFields.ADDRESS_POSTAL_CODE, "The debtor's postal code", null,
				RuleCode.ADDRESS_POSTAL_CODE_TOO_LONG, FieldLimits.ADDRESS_POSTAL_CODE) && country != null
				&& !PostalCodes.wellFormed(country, postalCode)) {
			issues.add(RuleCode.ADDRESS_POSTAL_CODE_INVALID, CaseFields.ADDRESS_POSTAL_CODE, "The postal code "
					+ Texts.quote(postalCode) + " is not a postal code of " + Countries.englishName(country));
		}
	}

	/**
	 * Checks a text field for presence, control and format characters, and length.
	 * @return whether the text is present and passed those checks
	 */
	private static boolean text(Issues issues, @Nullable String value, String field, String label,
			@Nullable RuleCode missing, @Nullable RuleCode tooLong, int limit) {
		if (Texts.isBlank(value)) {
			if (missing != null) {
				issues.add(missing, field, label + " is missing");
			}
			return false;
		}
		boolean ok = true;
		switch (Texts.forbidden(value)) {
			case CONTROL -> {
				issues.add(RuleCode.CONTROL_CHARACTERS, field,
						label + " contains line breaks or other control characters; write it on one line");
				ok = false;
			}
			case FORMAT -> {
				issues.add(RuleCode.FORMAT_CHARACTERS, field, label
						+ " contains invisible formatting characters (zero-width or text-direction characters);"
						+ " remove them");
				ok = false;
			}
			case NONE -> {
			}
		}
		int length = Texts.length(value);
		if (tooLong != null && length > limit) {
			issues.add(tooLong, field, label + " has " + length + " characters; at most " + limit + " are allowed");
			ok = false;
		}
		return ok;
	}

	/**
	 * Collects issues, sorted into violations and warnings by their code's severity.
	 */
	private static final class Issues {

		private final List<FieldIssue> violations = new ArrayList<>();

		private final List<FieldIssue> warnings = new ArrayList<>();

		void add(RuleCode code, String field, String message) {
			FieldIssue issue = new FieldIssue(code.name(), field, message);
			if (code.severity() == Severity.VIOLATION) {
				this.violations.add(issue);
			}
			else {
				this.warnings.add(issue);
			}
		}

		Validation validation() {
			return new Validation(this.violations, this.warnings);
		}

	}

}
