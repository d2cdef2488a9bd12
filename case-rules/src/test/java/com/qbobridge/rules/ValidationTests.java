package com.qbobridge.rules;

import java.util.List;

import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationTests {

	private final FieldIssue missingCity = new FieldIssue("ADDRESS_CITY_MISSING", "debtor.address.city", "-");

	private final FieldIssue notDue = new FieldIssue("INVOICE_NOT_YET_DUE", "dueDate", "-");

	@Test
	void isRejectedExactlyWhenThereAreViolations() {
		assertThat(new Validation(List.of(), List.of(this.notDue)).status()).isEqualTo(DraftStatus.VALID);
		assertThat(new Validation(List.of(this.missingCity), List.of()).status()).isEqualTo(DraftStatus.REJECTED);
		assertThat(new Validation(null, null).valid()).isTrue();
	}

	@Test
	void addsWarningsAtTheEnd() {
		FieldIssue note = new FieldIssue("CREDITOR_REFERENCE_FROM_ID", "creditorReference", "-");

		Validation validation = new Validation(List.of(this.missingCity), List.of(this.notDue))
			.withWarnings(List.of(note));

		assertThat(validation.warnings()).containsExactly(this.notDue, note);
		assertThat(validation.violations()).containsExactly(this.missingCity);
	}

	@Test
	void givesEveryCodeAFixedSeverity() {
		assertThat(RuleCode.DEBTOR_NAME_MISSING.severity()).isEqualTo(Severity.VIOLATION);
		assertThat(RuleCode.INVOICE_NOT_YET_DUE.severity()).isEqualTo(Severity.WARNING);
		assertThat(RuleCode.values()).extracting(RuleCode::severity).doesNotContainNull();
	}

}
