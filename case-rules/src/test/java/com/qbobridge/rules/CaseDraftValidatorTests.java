package com.qbobridge.rules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

class CaseDraftValidatorTests {

	private final CaseDraftValidator validator = new CaseDraftValidator(RulesSettings.defaults(),
			Clock.fixed(Drafts.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

	@Test
	void acceptsCompleteOverdueDraftWithoutIssues() {
		Validation validation = this.validator.validate(Drafts.valid());

		assertThat(validation.violations()).isEmpty();
		assertThat(validation.warnings()).isEmpty();
		assertThat(validation.valid()).isTrue();
		assertThat(validation.status()).isEqualTo(DraftStatus.VALID);
	}

	@Test
	void reportsEveryViolationAtOnce() {
		CaseDraft draft = Drafts.with((d) -> d.reference(" ")
			.dates(null, null)
			.amount(null, null, null)
			.debtor(null, null, null, null)
			.address(null)
			.jurisdiction(null));

		Validation validation = this.validator.validate(draft);

		assertThat(validation.status()).isEqualTo(DraftStatus.REJECTED);
		assertThat(validation.violations()).extracting(FieldIssue::code, FieldIssue::field)
			.containsExactly(tuple("CREDITOR_REFERENCE_MISSING", "creditorReference"),
					tuple("CASE_DATE_MISSING", "caseDate"), tuple("DUE_DATE_MISSING", "dueDate"),
					tuple("CURRENCY_MISSING", "currency"), tuple("AMOUNT_MISSING", "amountToRecover"),
					tuple("JURISDICTION_MISSING", "jurisdiction"), tuple("DEBTOR_NAME_MISSING", "debtor.name"),
					tuple("ADDRESS_LINE_MISSING", "debtor.address.lines"),
					tuple("ADDRESS_CITY_MISSING", "debtor.address.city"),
					tuple("ADDRESS_POSTAL_CODE_MISSING", "debtor.address.postalCode"),
					tuple("ADDRESS_COUNTRY_MISSING", "debtor.address.country"));
		assertThat(validation.warnings()).extracting(FieldIssue::code).containsExactly("DEBTOR_TYPE_MISSING");
		assertThat(validation.violations()).allSatisfy((issue) -> assertThat(issue.message()).isNotBlank());
	}

	@Test
	void rejectsNullDraft() {
		assertThatNullPointerException().isThrownBy(() -> this.validator.validate(null));
	}

	@Nested
	class CreditorReference {

		@Test
		void rejectsReferenceLongerThanFiftyCharacters() {
			assertThat(violations(Drafts.with((d) -> d.reference("INV-" + "9".repeat(47)))))
				.containsExactly(issue("CREDITOR_REFERENCE_TOO_LONG", "creditorReference"));
			assertThat(violations(Drafts.with((d) -> d.reference("INV-" + "9".repeat(46))))).isEmpty();
		}

		@Test
		void countsEmojiAsOneCharacter() {
			assertThat(violations(Drafts.with((d) -> d.reference("🧾".repeat(50))))).isEmpty();
		}

		@Test
		void rejectsLineBreaksInReference() {
			assertThat(violations(Drafts.with((d) -> d.reference("1037\n1038"))))
				.containsExactly(issue("CONTROL_CHARACTERS", "creditorReference"));
		}

	}

	@Nested
	class Dates {

		@Test
		void warnsWhenInvoiceIsNotOverdueYet() {
			Validation dueToday = validate(Drafts.with((d) -> d.dates(LocalDate.of(2026, 11, 1), Drafts.TODAY)));
			Validation dueLater = validate(
					Drafts.with((d) -> d.dates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1))));
			Validation dueYesterday = validate(
					Drafts.with((d) -> d.dates(LocalDate.of(2026, 11, 1), Drafts.TODAY.minusDays(1))));

			assertThat(dueToday.valid()).isTrue();
			assertThat(dueToday.warnings()).extracting(FieldIssue::code, FieldIssue::field)
				.containsExactly(tuple("INVOICE_NOT_YET_DUE", "dueDate"));
			assertThat(dueLater.warnings()).singleElement()
				.satisfies((issue) -> assertThat(issue.message()).contains("2026-12-01"));
			assertThat(dueYesterday.warnings()).isEmpty();
		}

		@Test
		void rejectsMissingDueDate() {
			assertThat(violations(Drafts.with((d) -> d.dates(LocalDate.of(2026, 3, 14), null))))
				.containsExactly(issue("DUE_DATE_MISSING", "dueDate"));
		}

		@Test
		void rejectsMissingInvoiceDate() {
			assertThat(violations(Drafts.with((d) -> d.dates(null, LocalDate.of(2026, 4, 13)))))
				.containsExactly(issue("CASE_DATE_MISSING", "caseDate"));
		}

		@Test
		void warnsAboutDueDateBeforeInvoiceDateAndInvoiceDateInFuture() {
			Validation before = validate(
					Drafts.with((d) -> d.dates(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 3, 14))));
			Validation future = validate(Drafts.with((d) -> d.dates(Drafts.TODAY.plusDays(3), Drafts.TODAY.plusDays(33))));

			assertThat(before.valid()).isTrue();
			assertThat(before.warnings()).extracting(FieldIssue::code).containsExactly("DUE_DATE_BEFORE_CASE_DATE");
			assertThat(future.warnings()).extracting(FieldIssue::code)
				.containsExactly("CASE_DATE_IN_FUTURE", "INVOICE_NOT_YET_DUE");
		}

		@ParameterizedTest
		@CsvSource({ "1899-12-31", "2200-01-01", "0001-01-01", "+10000-01-01", "-999999999-01-01" })
		void rejectsDatesNoCaseCanCarry(String text) {
			LocalDate date = LocalDate.parse(text);

			Validation invoiceDate = validate(Drafts.with((d) -> d.dates(date, LocalDate.of(2026, 4, 13))));
			Validation dueDate = validate(Drafts.with((d) -> d.dates(LocalDate.of(2026, 3, 14), date)));

			assertThat(invoiceDate.violations()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("CASE_DATE_OUT_OF_RANGE");
				assertThat(issue.field()).isEqualTo("caseDate");
				assertThat(issue.message()).contains(date.toString()).contains("between 1900-01-01 and 2199-12-31");
			});
			assertThat(invoiceDate.warnings()).extracting(FieldIssue::code).doesNotContain("CASE_DATE_IN_FUTURE");
			assertThat(dueDate.violations()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("DUE_DATE_OUT_OF_RANGE");
				assertThat(issue.field()).isEqualTo("dueDate");
			});
			assertThat(dueDate.warnings()).isEmpty();
		}

		@Test
		void acceptsTheFirstAndLastDayOfTheRange() {
			assertThat(violations(Drafts.with((d) -> d.dates(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 31)))))
				.isEmpty();
			assertThat(violations(Drafts.with((d) -> d.dates(LocalDate.of(2199, 12, 1), LocalDate.of(2199, 12, 31)))))
				.isEmpty();
		}

	}

	@Nested
	class Amounts {

		@ParameterizedTest
		@ValueSource(strings = { "0", "0.00", "-12.50" })
		void rejectsAmountsThatAreNotPositive(String amount) {
			assertThat(violations(Drafts.with((d) -> d.amount(amount, "362.07", "USD"))))
				.containsExactly(issue("AMOUNT_NOT_POSITIVE", "amountToRecover"));
		}

		@Test
		void rejectsAmountBelowMinimumInTheMinimumsCurrency() {
			Validation validation = validate(Drafts.with((d) -> d.amount("99.99", "99.99", "USD")));

			assertThat(validation.violations()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("AMOUNT_BELOW_MINIMUM");
				assertThat(issue.message()).contains("99.99 USD").contains("minimum of 100 USD");
			});
			assertThat(violations(Drafts.with((d) -> d.amount("100.00", "100.00", "USD")))).isEmpty();
		}

		@Test
		void convertsOtherCurrenciesWithTheReferenceRateAndSaysWhichRate() {
			Validation belowInEuro = validate(Drafts.with((d) -> d.amount("90.00", "90.00", "EUR")));
			Validation aboveInEuro = validate(Drafts.with((d) -> d.amount("95.00", "95.00", "EUR")));

			assertThat(belowInEuro.violations()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("AMOUNT_BELOW_MINIMUM");
				assertThat(issue.message()).contains("90.00 EUR")
					.contains("1 EUR = 1.08 USD")
					.contains("about 92.60 EUR");
			});
			assertThat(aboveInEuro.violations()).isEmpty();
		}

		@Test
		void comparesYenWithoutDecimals() {
			assertThat(violations(Drafts.with((d) -> d.amount("14000", "14000", "JPY"))))
				.containsExactly(issue("AMOUNT_BELOW_MINIMUM", "amountToRecover"));
			assertThat(violations(Drafts.with((d) -> d.amount("15000", "15000", "JPY")))).isEmpty();
			assertThat(violations(Drafts.with((d) -> d.amount("15000.50", "15000", "JPY"))))
				.containsExactly(issue("AMOUNT_PRECISION_INVALID", "amountToRecover"));
		}

		@Test
		void warnsWhenNoReferenceRateIsConfigured() {
			Validation validation = validate(Drafts.with((d) -> d.amount("5.00", "5.00", "THB")));

			assertThat(validation.valid()).isTrue();
			assertThat(validation.warnings()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("AMOUNT_MINIMUM_NOT_CHECKED");
				assertThat(issue.message()).contains("THB");
			});
		}

		@Test
		void usesConfiguredMinimumAndRates() {
			RulesSettings settings = new RulesSettings(Set.of("US", "DE"), new BigDecimal("50"), "EUR",
					Map.of("USD", new BigDecimal("0.90")));
			CaseDraftValidator euroValidator = new CaseDraftValidator(settings,
					Clock.fixed(Drafts.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

			assertThat(euroValidator.validate(Drafts.with((d) -> d.amount("55.00", "55.00", "USD"))).violations())
				.singleElement()
				.satisfies((issue) -> assertThat(issue.message()).contains("1 USD = 0.90 EUR"));
			assertThat(euroValidator.validate(Drafts.with((d) -> d.amount("56.00", "56.00", "USD"))).valid())
				.isTrue();
		}

		@Test
		void warnsAboutPartialPaymentWithBothAmounts() {
			Validation validation = validate(Drafts.with((d) -> d.amount("250.00", "362.07", "USD")));

			assertThat(validation.valid()).isTrue();
			assertThat(validation.warnings()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("AMOUNT_PARTIALLY_PAID");
				assertThat(issue.field()).isEqualTo("amountToRecover");
				assertThat(issue.message()).contains("250.00 of 362.07 USD");
			});
		}

		@Test
		void warnsWhenBalanceExceedsTotal() {
			assertThat(validate(Drafts.with((d) -> d.amount("400.00", "362.07", "USD"))).warnings())
				.extracting(FieldIssue::code)
				.containsExactly("AMOUNT_EXCEEDS_INVOICE_TOTAL");
		}

		@Test
		void writesAmountsWithTheCurrencysDecimals() {
			assertThat(validate(Drafts.with((d) -> d.amount("150.0", "500", "USD"))).warnings())
				.extracting(FieldIssue::message)
				.containsExactly(
						"The invoice was partly paid: 150.00 of 500.00 USD remain open, and only the open balance is recovered");
		}

		@Test
		void rejectsCentsOfCentsInDollars() {
			assertThat(violations(Drafts.with((d) -> d.amount("362.075", "362.075", "USD"))))
				.containsExactly(issue("AMOUNT_PRECISION_INVALID", "amountToRecover"),
						issue("INVOICE_TOTAL_PRECISION_INVALID", "invoiceTotal"));
		}

		@ParameterizedTest
		@CsvSource({ "1500.5, JPY", "10.005, USD", "10.0005, KWD", "10.001, EUR" })
		void rejectsMoreDecimalsThanTheCurrencyHas(String amount, String currency) {
			assertThat(validate(Drafts.with((d) -> d.amount(amount, "100000", currency))).violations())
				.filteredOn((issue) -> issue.code().equals("AMOUNT_PRECISION_INVALID"))
				.singleElement()
				.satisfies((issue) -> assertThat(issue.message()).contains(amount + " " + currency));
		}

		@ParameterizedTest
		@CsvSource({ "1500, JPY", "1500.000, JPY", "10.50, USD", "10.005, KWD", "10.125, BHD" })
		void acceptsTheCurrencysDecimalsAndTrailingZeros(String amount, String currency) {
			assertThat(violations(Drafts.with((d) -> d.amount(amount, "100000", currency))))
				.doesNotContain(issue("AMOUNT_PRECISION_INVALID", "amountToRecover"));
		}

		@Test
		void rejectsAmountsOfMoreThanFifteenDigits() {
			assertThat(violations(Drafts.with((d) -> d.amount("999999999999999.99", "999999999999999.99", "USD"))))
				.isEmpty();
			assertThat(violations(Drafts.with((d) -> d.amount("1000000000000000", "1000000000000000", "USD"))))
				.containsExactly(issue("AMOUNT_TOO_LARGE", "amountToRecover"),
						issue("INVOICE_TOTAL_TOO_LARGE", "invoiceTotal"));
			assertThat(validate(Drafts.with((d) -> d.amount("1E+15", "500", "USD"))).violations()).singleElement()
				.satisfies((issue) -> {
					assertThat(issue.code()).isEqualTo("AMOUNT_TOO_LARGE");
					assertThat(issue.message()).contains("more than 15 digits before the decimal point");
				});
		}

		@ParameterizedTest
		@ValueSource(strings = { "1E+1000000", "-1E+1000000", "1E+100000000", "1E-1000000" })
		void judgesHugeExponentsAtOnceWithoutExpandingThem(String amount) {
			BigDecimal huge = new BigDecimal(amount);
			CaseDraft draft = Drafts.with((d) -> d.amounts(huge, huge, "USD", huge));

			long start = System.nanoTime();
			Validation validation = validate(draft);
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(took).isLessThan(Duration.ofSeconds(1));
			assertThat(validation.valid()).isFalse();
			assertThat(validation.violations()).extracting(FieldIssue::field).contains("amountToRecover");
			assertThat(validation.violations()).extracting(FieldIssue::code)
				.containsAnyOf("AMOUNT_TOO_LARGE", "AMOUNT_NOT_POSITIVE", "AMOUNT_PRECISION_INVALID");
			assertThat(validation.violations()).allSatisfy((issue) -> assertThat(issue.message()).hasSizeLessThan(300));
			assertThat(validation.warnings()).allSatisfy((issue) -> assertThat(issue.message()).hasSizeLessThan(300));
		}

		@Test
		void rejectsAnAmountAboveTheInvoicesOpenBalance() {
			Validation raised = validate(Drafts.with((d) -> d.amount("400.00", "500.00", "USD").openBalance("362.07")));

			assertThat(raised.violations()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("AMOUNT_ABOVE_OPEN_BALANCE");
				assertThat(issue.field()).isEqualTo("amountToRecover");
				assertThat(issue.message()).contains("400.00 USD").contains("open balance of 362.07 USD");
			});
		}

		@Test
		void acceptsAnAmountLoweredBelowTheOpenBalance() {
			assertThat(violations(Drafts.with((d) -> d.amount("300.00", "362.07", "USD").openBalance("362.07"))))
				.isEmpty();
			assertThat(violations(Drafts.with((d) -> d.amount("362.07", "362.07", "USD").openBalance("362.070"))))
				.isEmpty();
		}

		@Test
		void cannotCompareWithAnOpenBalanceTheDraftDoesNotCarry() {
			assertThat(violations(Drafts.with((d) -> d.amount("400.00", "500.00", "USD").openBalance(null))))
				.isEmpty();
		}

	}

	@Nested
	class Currency {

		@ParameterizedTest
		@CsvSource({ "EURO", "usd", "DEM", "XAU", "XTS", "U$D", "HRK" })
		void rejectsCodesThatAreNotActiveIso4217(String currency) {
			Validation validation = validate(Drafts.with((d) -> d.amount("362.07", "362.07", currency)));

			assertThat(validation.violations()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("CURRENCY_INVALID");
				assertThat(issue.field()).isEqualTo("currency");
				assertThat(issue.message()).contains("'" + currency + "'");
			});
		}

		@Test
		void suggestsUpperCase() {
			assertThat(validate(Drafts.with((d) -> d.amount("362.07", "362.07", "usd"))).violations())
				.singleElement()
				.satisfies((issue) -> assertThat(issue.message()).endsWith("write it as USD"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "USD", "CAD", "GBP", "EUR", "AUD", "CHF", "XOF", "XCG" })
		void acceptsActiveCurrencies(String currency) {
			assertThat(Currencies.isActive(currency)).isTrue();
		}

	}

	@Nested
	class Jurisdiction {

		@Test
		void rejectsUnknownCountryWithTheTextThatWasSeen() {
			Validation validation = validate(Drafts.with((d) -> d.country("Atlantis")));

			assertThat(validation.violations()).extracting(FieldIssue::code, FieldIssue::field)
				.contains(tuple("JURISDICTION_UNKNOWN", "jurisdiction"),
						tuple("ADDRESS_COUNTRY_UNKNOWN", "debtor.address.country"));
			assertThat(validation.violations()).filteredOn((issue) -> issue.code().endsWith("_UNKNOWN"))
				.allSatisfy((issue) -> assertThat(issue.message()).contains("'Atlantis'"));
		}

		@Test
		void rejectsCountryWrittenAsNameAndSaysTheCode() {
			assertThat(validate(Drafts.with((d) -> d.jurisdiction("United States"))).violations())
				.singleElement()
				.satisfies((issue) -> {
					assertThat(issue.code()).isEqualTo("JURISDICTION_UNKNOWN");
					assertThat(issue.message()).endsWith("must be written as its two-letter ISO code US");
				});
		}

		@Test
		void rejectsCountriesOutsideTheSupportedList() {
			CaseDraft japanese = Drafts.with((d) -> d.country("JP")
				.address(List.of("1-1 Chiyoda"), "Tokyo", null, "100-0001", "JP")
				.phone("+81312345678"));

			assertThat(validate(japanese).violations()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("JURISDICTION_NOT_SUPPORTED");
				assertThat(issue.message()).contains("Japan (JP)");
			});
		}

		@Test
		void usesTheConfiguredJurisdictions() {
			CaseDraftValidator usOnly = new CaseDraftValidator(new RulesSettings(Set.of("us"), BigDecimal.TEN, "USD",
					Map.of()), Clock.fixed(Drafts.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
			CaseDraft canadian = Drafts.with((d) -> d.country("CA")
				.address(List.of("100 King St W"), "Toronto", "ON", "M5X 1A9", "CA")
				.phone("+14165550123"));

			assertThat(usOnly.validate(Drafts.valid()).valid()).isTrue();
			assertThat(usOnly.validate(canadian).violations()).extracting(FieldIssue::code)
				.containsExactly("JURISDICTION_NOT_SUPPORTED");
		}

		@Test
		void warnsWhenJurisdictionDiffersFromAddress() {
			assertThat(validate(Drafts.with((d) -> d.jurisdiction("GB"))).warnings()).extracting(FieldIssue::code)
				.containsExactly("JURISDICTION_DIFFERS_FROM_ADDRESS");
		}

	}

	@Nested
	class DebtorFields {

		@Test
		void rejectsNameLongerThanTwoHundredCharactersWithoutQuotingItAll() {
			String hostile = "<script>alert(1)</script>".repeat(410);
			Validation validation = validate(Drafts.with((d) -> d.name(hostile)));

			assertThat(validation.violations()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("DEBTOR_NAME_TOO_LONG");
				assertThat(issue.field()).isEqualTo("debtor.name");
				assertThat(issue.message()).contains("10250 characters").contains("at most 200");
				assertThat(issue.message()).hasSizeLessThan(200);
			});
		}

		@Test
		void acceptsMarkupRightToLeftAndEmojiAsData() {
			assertThat(validate(Drafts.with((d) -> d.name("<b>Acme</b> & \"Sons\"'; DROP TABLE cases;--")))
				.violations()).isEmpty();
			assertThat(validate(Drafts.with((d) -> d.name("شركة الأمل للتجارة"))).violations()).isEmpty();
			assertThat(validate(Drafts.with((d) -> d.name("Café 🍕 Ünïcödé GmbH"))).violations()).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "\u202Eevil", "Acme\u200BCorp", "\uFEFFAcme", "Ac\u200Eme", "Acme\u2066Corp",
				"Acme\u00ADCorp", "Acme\uDB40\uDC01" })
		void rejectsInvisibleFormatCharactersInNames(String name) {
			Validation validation = validate(Drafts.with((d) -> d.name(name)));

			assertThat(validation.violations()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("FORMAT_CHARACTERS");
				assertThat(issue.field()).isEqualTo("debtor.name");
				assertThat(issue.message()).contains("invisible formatting characters");
			});
		}

		@Test
		void rejectsControlCharactersInNames() {
			assertThat(violations(Drafts.with((d) -> d.name("Acme\u0000Corp"))))
				.containsExactly(issue("CONTROL_CHARACTERS", "debtor.name"));
			assertThat(violations(Drafts.with((d) -> d.name("Acme\r\nCorp"))))
				.containsExactly(issue("CONTROL_CHARACTERS", "debtor.name"));
		}

		@Test
		void warnsWhenDebtorTypeIsUnknown() {
			assertThat(validate(Drafts.with((d) -> d.debtor(null, "Russ Sonnenschein", null, null))).warnings())
				.extracting(FieldIssue::code)
				.containsExactly("DEBTOR_TYPE_MISSING");
		}

		@ParameterizedTest
		@ValueSource(strings = { "Familiystore@intuit", "Familiystore.intuit.com", "@intuit.com",
				"a@b@intuit.com", "john..doe@example.com", "john doe@example.com", "jo@-example.com",
				"a@x.com, b@y.com" })
		void onlyWarnsAboutInvalidEmailsThatWillBeLeftOut(String email) {
			Validation validation = validate(Drafts.with((d) -> d.email(email)));

			assertThat(validation.valid()).isTrue();
			assertThat(validation.warnings()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("DEBTOR_EMAIL_INVALID");
				assertThat(issue.field()).isEqualTo("debtor.email");
				assertThat(issue.message()).endsWith("it will be left out of the case");
			});
		}

		@ParameterizedTest
		@ValueSource(strings = { "Familiystore@intuit.com", "accounts.payable+qbo@sub.example.co.uk",
				"josé@correo.españa.es", "o'brien@example.ie" })
		void acceptsValidEmails(String email) {
			assertThat(violations(Drafts.with((d) -> d.email(email)))).isEmpty();
		}

		@Test
		void acceptsMissingEmail() {
			assertThat(validate(Drafts.with((d) -> d.email(null))).valid()).isTrue();
		}

		@Test
		void rejectsEmailLongerThan254Characters() {
			String email = "a".repeat(62) + "@" + "b".repeat(62) + "." + "c".repeat(62) + "." + "d".repeat(62) + ".com";

			assertThat(violations(Drafts.with((d) -> d.email(email))))
				.containsExactly(issue("DEBTOR_EMAIL_TOO_LONG", "debtor.email"));
			assertThat(violations(Drafts.with((d) -> d.email("x".repeat(10_000) + "@example.com"))))
				.containsExactly(issue("DEBTOR_EMAIL_TOO_LONG", "debtor.email"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "555-0199", "+1 650 000 0000", "not a number", "+4930" })
		void onlyWarnsAboutPhoneNumbersThatAreNotValidForTheCountryAndWillBeLeftOut(String phone) {
			Validation validation = validate(Drafts.with((d) -> d.phone(phone)));

			assertThat(validation.valid()).isTrue();
			assertThat(validation.violations()).isEmpty();
			assertThat(validation.warnings()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("DEBTOR_PHONE_INVALID");
				assertThat(issue.field()).isEqualTo("debtor.phone");
				assertThat(issue.message()).contains("United States").endsWith("it will be left out of the case");
			});
		}

		@Test
		void rejectsPhoneAndEmailThatNoCaseFieldCanHold() {
			assertThat(violations(Drafts.with((d) -> d.phone("+1 650 557 8463 ext. " + "1".repeat(30)))))
				.containsExactly(issue("DEBTOR_PHONE_TOO_LONG", "debtor.phone"));
			assertThat(violations(Drafts.with((d) -> d.phone("+16505578463\u0000"))))
				.containsExactly(issue("CONTROL_CHARACTERS", "debtor.phone"));
			assertThat(violations(Drafts.with((d) -> d.email("billing\u200B@example.com"))))
				.containsExactly(issue("FORMAT_CHARACTERS", "debtor.email"));
		}

		@Test
		void warnsAboutPhoneNotInE164AndPhoneOfAnotherCountry() {
			assertThat(validate(Drafts.with((d) -> d.phone("(650) 557-8463"))).warnings())
				.extracting(FieldIssue::code)
				.containsExactly("DEBTOR_PHONE_NOT_E164");
			assertThat(validate(Drafts.with((d) -> d.phone("+493012345678"))).warnings())
				.extracting(FieldIssue::code)
				.containsExactly("DEBTOR_PHONE_OTHER_COUNTRY");
		}

		@Test
		void acceptsMissingPhone() {
			assertThat(validate(Drafts.with((d) -> d.phone(null))).valid()).isTrue();
		}

	}

	@Nested
	class Address {

		@Test
		void rejectsMissingStreetCityAndPostalCode() {
			CaseDraft draft = Drafts.with((d) -> d.address(List.of("", " "), null, "CA", null, "US"));

			assertThat(violations(draft)).containsExactly(issue("ADDRESS_LINE_MISSING", "debtor.address.lines"),
					issue("ADDRESS_CITY_MISSING", "debtor.address.city"),
					issue("ADDRESS_POSTAL_CODE_MISSING", "debtor.address.postalCode"));
		}

		@ParameterizedTest
		@CsvSource({ "US, Bayshore, 94326", "CA, Toronto, M5X 1A9", "AU, Sydney, 2000" })
		void rejectsMissingRegionWhereTheCountryRequiresOne(String country, String city, String postalCode) {
			CaseDraft draft = Drafts.with((d) -> d.country(country)
				.phone(null)
				.address(List.of("1 Main St"), city, null, postalCode, country));

			assertThat(violations(draft)).containsExactly(issue("ADDRESS_REGION_MISSING", "debtor.address.region"));
		}

		@ParameterizedTest
		@CsvSource({ "California, CA", "Calif., ''", "ZZ, ''", "ca, CA" })
		void rejectsUsStateThatIsNotAValidTwoLetterCode(String region, String hint) {
			Validation validation = validate(
					Drafts.with((d) -> d.address(List.of("4581 Finch St."), "Bayshore", region, "94326", "US")));

			assertThat(validation.violations()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("ADDRESS_REGION_INVALID");
				assertThat(issue.field()).isEqualTo("debtor.address.region");
				if (!hint.isEmpty()) {
					assertThat(issue.message()).endsWith("write it as " + hint);
				}
			});
		}

		@Test
		void acceptsAddressWithoutRegionOrPostalCodeWhereTheCountryHasNone() {
			CaseDraft irish = Drafts.with((d) -> d.country("IE")
				.phone("+35312345678")
				.address(List.of("12 Main Street"), "Ennis", "Co. Clare", null, "IE"));
			CaseDraft german = Drafts.with((d) -> d.country("DE")
				.phone("+493012345678")
				.address(List.of("Unter den Linden 1"), "Berlin", null, "10117", "DE"));

			assertThat(validate(irish).violations()).isEmpty();
			assertThat(validate(german).violations()).isEmpty();
		}

		@Test
		void rejectsMissingPostalCodeWhereTheCountryUsesThem() {
			CaseDraft german = Drafts.with((d) -> d.country("DE")
				.phone(null)
				.address(List.of("Unter den Linden 1"), "Berlin", null, " ", "DE"));

			assertThat(violations(german))
				.containsExactly(issue("ADDRESS_POSTAL_CODE_MISSING", "debtor.address.postalCode"));
		}

		@ParameterizedTest
		@CsvSource({ "US, 9432", "US, ABCDE", "CA, 12345", "GB, 12345", "DE, 1011", "NL, 1234" })
		void rejectsPostalCodesWithTheWrongFormat(String country, String postalCode) {
			String region = switch (country) {
				case "US" -> "CA";
				case "CA" -> "ON";
				default -> null;
			};
			CaseDraft draft = Drafts.with((d) -> d.country(country)
				.phone(null)
				.address(List.of("1 Main St"), "Town", region, postalCode, country));

			assertThat(violations(draft))
				.containsExactly(issue("ADDRESS_POSTAL_CODE_INVALID", "debtor.address.postalCode"));
		}

		@ParameterizedTest
		@CsvSource({ "US, 94326-1234", "CA, m5x1a9", "GB, SW1A 1AA", "GB, ec1a1bb", "NL, 1012 AB", "PT, 1000-001",
				"IE, D02 X285", "PL, 00-950", "SE, 111 22" })
		void acceptsPostalCodesInTheCountrysFormat(String country, String postalCode) {
			assertThat(PostalCodes.wellFormed(country, postalCode)).isTrue();
		}

		@Test
		void rejectsFieldsLongerThanTheirLimits() {
			CaseDraft draft = Drafts.with((d) -> d.address(List.of("x".repeat(101), "Suite 200"), "y".repeat(101),
					"CA", "9".repeat(21), "US"));

			assertThat(violations(draft)).containsExactly(issue("ADDRESS_LINE_TOO_LONG", "debtor.address.lines"),
					issue("ADDRESS_CITY_TOO_LONG", "debtor.address.city"),
					issue("ADDRESS_POSTAL_CODE_TOO_LONG", "debtor.address.postalCode"));
		}

		@Test
		void rejectsMoreThanFiveStreetLines() {
			CaseDraft draft = Drafts.with(
					(d) -> d.address(List.of("1", "2", "3", "4", "5", "6"), "Bayshore", "CA", "94326", "US"));

			assertThat(violations(draft)).containsExactly(issue("ADDRESS_TOO_MANY_LINES", "debtor.address.lines"));
		}

		@Test
		void rejectsRegionLongerThanFiftyCharacters() {
			CaseDraft draft = Drafts.with((d) -> d.address(List.of("1 Main St"), "Town", "r".repeat(51), "94326", "US"));

			assertThat(violations(draft)).containsExactly(issue("ADDRESS_REGION_TOO_LONG", "debtor.address.region"));
		}

		@Test
		void rejectsCountryNotWrittenAsCode() {
			CaseDraft draft = Drafts.with((d) -> d.address(List.of("1 Main St"), "Bayshore", "CA", "94326", "USA"));

			assertThat(validate(draft).violations()).extracting(FieldIssue::code, FieldIssue::message)
				.contains(tuple("ADDRESS_COUNTRY_UNKNOWN",
						"The country 'USA' must be written as its two-letter ISO code US"));
		}

		@Test
		void quotesHostileCountryShortenedAndWithControlCharactersMadeVisible() {
			String hostile = "Atlan\u0007tis" + "\u202E".repeat(3) + "🌊".repeat(5000);
			Validation validation = validate(Drafts.with((d) -> d.country(hostile)));

			assertThat(validation.violations()).filteredOn((issue) -> issue.code().equals("ADDRESS_COUNTRY_UNKNOWN"))
				.singleElement()
				.satisfies((issue) -> assertThat(issue.message()).contains("'Atlan\uFFFDtis\uFFFD\uFFFD\uFFFD🌊")
					.contains("…'")
					.doesNotContain("\u0007")
					.doesNotContain("\u202E"));
			assertThat(validation.violations()).extracting(FieldIssue::code)
				.contains("CONTROL_CHARACTERS", "JURISDICTION_UNKNOWN");
		}

	}

	@Nested
	class TextFields {

		@Test
		void rejectsNulZeroWidthAndBidiControlsOnTheFieldThatHoldsThem() {
			CaseDraft draft = Drafts.with((d) -> d.reference("1037\u0000")
				.address(List.of("4581 Finch St.", "Suite\u200B200"), "Bay\u202Eshore", "CA", "\uFEFF94326", "US"));

			assertThat(violations(draft)).containsExactly(issue("CONTROL_CHARACTERS", "creditorReference"),
					issue("FORMAT_CHARACTERS", "debtor.address.lines"),
					issue("FORMAT_CHARACTERS", "debtor.address.city"),
					issue("FORMAT_CHARACTERS", "debtor.address.postalCode"));
		}

		@Test
		void measuresMegabytesOfTextInLinearTime() {
			String megabytes = "Sonnenschein 🌞 ".repeat(150_000);
			CaseDraft draft = Drafts.with((d) -> d.reference(megabytes + "\u200B")
				.debtor(DebtorType.COMPANY, megabytes, megabytes + "@example.com", megabytes)
				.address(java.util.Collections.nCopies(10, megabytes), megabytes, megabytes, megabytes, megabytes));

			long start = System.nanoTime();
			Validation validation = validate(draft);
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(took).isLessThan(Duration.ofSeconds(5));
			assertThat(validation.violations()).extracting(FieldIssue::field)
				.contains("creditorReference", "debtor.name", "debtor.email", "debtor.phone", "debtor.address.lines",
						"debtor.address.city", "debtor.address.region", "debtor.address.postalCode",
						"debtor.address.country");
			assertThat(validation.violations()).allSatisfy((issue) -> assertThat(issue.message()).hasSizeLessThan(300));
		}

	}

	private Validation validate(CaseDraft draft) {
		return this.validator.validate(draft);
	}

	private List<FieldIssue> violations(CaseDraft draft) {
		return validate(draft).violations().stream().map((issue) -> issue(issue.code(), issue.field())).toList();
	}

	private static FieldIssue issue(String code, String field) {
		return new FieldIssue(code, field, "-");
	}

}
