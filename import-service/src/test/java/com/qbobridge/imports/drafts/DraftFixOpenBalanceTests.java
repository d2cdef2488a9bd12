package com.qbobridge.imports.drafts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.RulesSettings;
import com.qbobridge.rules.Validation;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A fix keeps the invoice's open balance as imported, so that the rules can refuse a fix that would claim more than
 * the debtor owes while a lower amount stays ready.
 */
class DraftFixOpenBalanceTests {

	private final CaseDraft original = new CaseDraft(UUID.randomUUID(),
			new SourceReference(SourceReference.QUICKBOOKS_ONLINE, "9341453050", "130", "24", "2"), "1037",
			LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13), new BigDecimal("362.07"), new BigDecimal("500.00"),
			"USD", new Debtor(DebtorType.COMPANY, "Sonnenschein", null, null, null), "US", new BigDecimal("362.07"));

	private final DraftRules rules = new DraftRules(
			new CaseDraftValidator(RulesSettings.defaults(), Clock.systemUTC()));

	@Test
	void keepsTheOpenBalanceAndRefusesAnAmountAboveIt() {
		CaseDraft raised = fix("400.00").applyTo(this.original);
		CaseDraft lowered = fix("300.00").applyTo(this.original);

		assertThat(raised.openBalance()).isEqualByComparingTo("362.07");
		Validation refused = this.rules.validate(raised);
		assertThat(refused.valid()).isFalse();
		assertThat(refused.violations()).extracting(FieldIssue::code, FieldIssue::field)
			.containsExactly(tuple("AMOUNT_ABOVE_OPEN_BALANCE", "amountToRecover"));
		assertThat(this.rules.validate(lowered).valid()).isTrue();
	}

	private static DraftFix fix(String amount) {
		return new DraftFix("1037", LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13), new BigDecimal(amount), "USD",
				"US", new Debtor(DebtorType.COMPANY, "Sonnenschein Family Store", null, null,
						new PostalAddress(List.of("4581 Finch St."), "Bayshore", "CA", "94326", "US")));
	}

}
