package com.qbobridge.rules.constraints;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.PostalAddress;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The request constraints refuse exactly what no case can carry, naming the field's path, without ever expanding a
 * huge number.
 */
class CaseConstraintsTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void acceptsWhatACaseCanCarry() {
		Fields fields = new Fields("1037", LocalDate.of(1900, 1, 1), new BigDecimal("999999999999999.999"),
				new Debtor(DebtorType.COMPANY, "Sonnenschein 🌞", "billing@example.com", "+16505578463",
						new PostalAddress(List.of("4581 Finch St."), "Bayshore", "CA", "94326", "US")));

		assertThat(this.validator.validate(fields)).isEmpty();
		assertThat(this.validator.validate(new Fields(null, null, null, null))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1899-12-31", "2200-01-01", "+10000-01-01" })
	void refusesDatesOutsideTheRange(String date) {
		assertThat(problems(new Fields(null, LocalDate.parse(date), null, null)))
			.containsExactly(tuple("date", "must be a day between 1900-01-01 and 2199-12-31"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000000000000", "1.0001", "1E+1000000", "-1E+1000000", "1E-1000000" })
	void refusesAmountsBeyondFifteenDigitsOrThreeDecimalsAtOnce(String amount) {
		long start = System.nanoTime();
		List<Tuple> problems = problems(new Fields(null, null, new BigDecimal(amount), null));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		assertThat(problems)
			.containsExactly(tuple("amount", "must have at most 15 digits before the decimal point and 3 after it"));
	}

	@Test
	void refusesControlFormatAndOverLongText() {
		assertThat(problems(new Fields("1037\u0000", null, null, null))).containsExactly(
				tuple("reference", "must not contain control characters such as line breaks, tabs or NUL"));
		assertThat(problems(new Fields("10\u200B37", null, null, null))).containsExactly(tuple("reference",
				"must not contain invisible formatting characters such as zero-width or text-direction characters"));
		assertThat(problems(new Fields("9".repeat(51), null, null, null)))
			.containsExactly(tuple("reference", "must be at most 50 characters"));
		assertThat(problems(new Fields("🧾".repeat(50), null, null, null))).isEmpty();
	}

	@Test
	void namesEachDebtorFieldByItsPath() {
		Debtor debtor = new Debtor(DebtorType.PERSON, "Ann\u202E", "a".repeat(255), "+1650\t5578463",
				new PostalAddress(List.of("4581 Finch St.", "x".repeat(101)), "Bay\nshore", "C\u200DA",
						"\uFEFF94326", "U\u0000S"));

		assertThat(problems(new Fields(null, null, null, debtor))).extracting((problem) -> problem.toList().get(0))
			.containsExactlyInAnyOrder("debtor.name", "debtor.email", "debtor.phone", "debtor.address.lines",
					"debtor.address.city", "debtor.address.region", "debtor.address.postalCode",
					"debtor.address.country");
		assertThat(problems(new Fields(null, null, null, debtor))).contains(
				tuple("debtor.address.lines", "line 2 must be at most 100 characters"),
				tuple("debtor.email", "must be at most 254 characters"));
	}

	private List<Tuple> problems(Fields fields) {
		Set<ConstraintViolation<Fields>> violations = this.validator.validate(fields);
		return violations.stream()
			.map((violation) -> tuple(violation.getPropertyPath().toString(), violation.getMessage()))
			.toList();
	}

	record Fields(@CaseText(max = 50) String reference, @CaseDate LocalDate date, @CaseAmount BigDecimal amount,
			@CaseDebtor Debtor debtor) {
	}

}
