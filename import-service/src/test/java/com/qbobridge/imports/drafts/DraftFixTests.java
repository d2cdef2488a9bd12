package com.qbobridge.imports.drafts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DraftFixTests {

	private final CaseDraft original = new CaseDraft(UUID.randomUUID(),
			new SourceReference(SourceReference.QUICKBOOKS_ONLINE, "9341453050", "130", "24", "2"), "1037",
			LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13), new BigDecimal("362.07"), new BigDecimal("362.07"),
			"USD", new Debtor(DebtorType.COMPANY, "Sonnenschein", null, null, null), "US");

	@Test
	void keepsIdSourceAndTotalAndReadsBlanksAsMissing() {
		DraftFix fix = new DraftFix(" 1037-A ", LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 13),
				new BigDecimal("300.00"), "usd", "us",
				new Debtor(DebtorType.PERSON, "Ann ", "  ", null,
						new PostalAddress(List.of("4581 Finch St.", " "), "Bayshore", "CA", " 94326 ", "us")));

		CaseDraft fixed = fix.applyTo(this.original);

		assertThat(fixed.draftId()).isEqualTo(this.original.draftId());
		assertThat(fixed.source()).isEqualTo(this.original.source());
		assertThat(fixed.invoiceTotal()).isEqualByComparingTo("362.07");
		assertThat(fixed.creditorReference()).isEqualTo("1037-A");
		assertThat(fixed.amountToRecover()).isEqualByComparingTo("300.00");
		assertThat(fixed.currency()).isEqualTo("USD");
		assertThat(fixed.jurisdiction()).isEqualTo("US");
		assertThat(fixed.debtor().name()).isEqualTo("Ann");
		assertThat(fixed.debtor().email()).isNull();
		assertThat(fixed.debtor().address().lines()).isEqualTo(List.of("4581 Finch St."));
		assertThat(fixed.debtor().address().postalCode()).isEqualTo("94326");
		assertThat(fixed.debtor().address().country()).isEqualTo("US");
	}

	@Test
	void aFixWithoutDebtorLeavesAnEmptyDebtor() {
		CaseDraft fixed = new DraftFix(null, null, null, null, null, null, null).applyTo(this.original);
		assertThat(fixed.debtor().name()).isNull();
		assertThat(fixed.debtor().address()).isNull();
		assertThat(fixed.currency()).isNull();
	}

}
