package com.qbobridge.imports.labels;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import com.qbobridge.imports.bulkfix.FixKind;
import com.qbobridge.rules.CaseFields;
import com.qbobridge.rules.RuleCode;
import com.qbobridge.schemas.cases.CaseRejectionReason;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field and rule code the case rules can name has words in the label table, and stored details read in them.
 */
class LabelsTests {

	@Test
	void everyRuleCodeAndRejectionReasonHasItsOwnWords() {
		for (RuleCode code : RuleCode.values()) {
			assertThat(Labels.table().get("reasons")).as(code.name()).containsKey(code.name());
		}
		for (CaseRejectionReason reason : CaseRejectionReason.values()) {
			assertThat(Labels.table().get("reasons")).as(reason.name()).containsKey(reason.name());
		}
		assertThat(Labels.reason("ADDRESS_COUNTRY_UNKNOWN")).isEqualTo("Country not recognised");
	}

	@Test
	void everyBulkFixHasItsOwnWords() {
		for (FixKind kind : FixKind.values()) {
			assertThat(Labels.table().get("fixes")).as(kind.name()).containsKey(kind.name());
		}
		assertThat(Labels.fix("SET_COUNTRY")).isEqualTo("Set the debtor's country");
	}

	@Test
	void everyCaseFieldHasANameWithoutDotsOrPaths() throws IllegalAccessException {
		List<Field> constants = Arrays.stream(CaseFields.class.getDeclaredFields())
			.filter((f) -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
			.toList();
		assertThat(constants).isNotEmpty();
		for (Field constant : constants) {
			String path = (String) constant.get(null);
			assertThat(Labels.table().get("fields")).as(path).containsKey(path);
			assertThat(Labels.field(path)).doesNotContain(".").isNotEqualTo(path);
		}
	}

	@Test
	void anIssueReadsAsTheFieldNameAndTheRulesSentence() {
		FieldIssue issue = new FieldIssue("ADDRESS_POSTAL_CODE_MISSING", "debtor.address.postalCode",
				"The debtor's address has no postal code");

		assertThat(Labels.issue(issue)).isEqualTo("Postal code: The debtor's address has no postal code");
		assertThat(Labels.issues(List.of(issue, new FieldIssue("CURRENCY_MISSING", "currency", "No currency"))))
			.isEqualTo("Postal code: The debtor's address has no postal code; Currency: No currency");
	}

	@Test
	void storedDetailsLoseTheirFieldPathsButKeepOtherText() {
		assertThat(Labels.detail("debtor.address.postalCode: The debtor's address has no postal code; "
				+ "jurisdiction: No jurisdiction"))
			.isEqualTo("Postal code: The debtor's address has no postal code; Jurisdiction (country): No jurisdiction");
		assertThat(Labels.detail("Needs attention first: debtor.phone: The phone number '12' is not usable"))
			.isEqualTo("Needs attention first: Debtor phone: The phone number '12' is not usable");
		assertThat(Labels.detail("Case created: 0b8c1f4e-0000-4000-8000-000000000000"))
			.isEqualTo("Case created: 0b8c1f4e-0000-4000-8000-000000000000");
		assertThat(Labels.detail(null)).isNull();
		assertThat(Labels.field("debtor.address.unheardOf")).isEqualTo("Unheard of");
	}

}
