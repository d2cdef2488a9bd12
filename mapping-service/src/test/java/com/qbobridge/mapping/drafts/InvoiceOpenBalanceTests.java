package com.qbobridge.mapping.drafts;

import com.qbobridge.schemas.mapping.CaseDraft;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft keeps the invoice's open balance apart from the amount to recover, so that the rules can refuse a fix that
 * would claim more than the debtor owes.
 */
class InvoiceOpenBalanceTests {

	@Test
	void carriesTheInvoicesBalanceAsOpenBalanceAndAsTheAmountToRecover() {
		CaseDraft draft = new InvoiceMapping()
			.map(QboFixtures.event(QboFixtures.CRAIGS, "invoice-1038-partially-paid.json",
					"customer-8-company-mobile-only.json"))
			.draft();

		assertThat(draft.openBalance()).isNotNull().isEqualByComparingTo(draft.amountToRecover());
		assertThat(draft.openBalance()).isLessThan(draft.invoiceTotal());
	}

}
