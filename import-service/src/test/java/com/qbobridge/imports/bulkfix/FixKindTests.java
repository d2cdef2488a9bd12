package com.qbobridge.imports.bulkfix;

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

/**
 * Each bulk fix changes only its field, fits only the reasons it can cure, and setting the country carries a
 * jurisdiction that mapping took from the same misspelt country along.
 */
class FixKindTests {

	@Test
	void settingTheCountryAlsoCorrectsAJurisdictionTakenFromTheSameText() {
		CaseDraft fixed = FixKind.SET_COUNTRY.applyTo(draft("Untied States", "Untied States"), "US");
		assertThat(fixed.debtor().address().country()).isEqualTo("US");
		assertThat(fixed.jurisdiction()).isEqualTo("US");
		assertThat(fixed.debtor().address().postalCode()).isEqualTo("94326");
	}

	@Test
	void settingTheCountryKeepsAJurisdictionChosenOnItsOwn() {
		CaseDraft fixed = FixKind.SET_COUNTRY.applyTo(draft("Untied States", "CA"), "US");
		assertThat(fixed.jurisdiction()).isEqualTo("CA");
	}

	@Test
	void droppingAContactLeavesTheOtherAndFitsOnlyItsReasons() {
		CaseDraft draft = draft("US", "US");
		assertThat(FixKind.DROP_PHONE.applyTo(draft, null).debtor().phone()).isNull();
		assertThat(FixKind.DROP_PHONE.applyTo(draft, null).debtor().email()).isEqualTo("ap@example.com");
		assertThat(FixKind.DROP_EMAIL.applyTo(draft, null).debtor().email()).isNull();
		assertThat(FixKind.fitting("ADDRESS_COUNTRY_UNKNOWN")).containsExactly(FixKind.SET_COUNTRY,
				FixKind.USE_CUSTOMER_ADDRESS);
		assertThat(FixKind.fitting("ADDRESS_POSTAL_CODE_MISSING")).containsExactly(FixKind.USE_CUSTOMER_ADDRESS);
		assertThat(FixKind.fitting("DEBTOR_NAME_MISSING")).isEmpty();
		assertThat(FixKind.DROP_PHONE.fits("DEBTOR_EMAIL_TOO_LONG")).isFalse();
	}

	@Test
	void theCustomersAddressReplacesTheWholeAddressAndCarriesAJurisdictionTakenFromIt() {
		PostalAddress customers = new PostalAddress(List.of("22 Elm St"), "Austin", "TX", "78701", "US");
		CaseDraft fixed = FixKind.withAddress(draft("Untied States", "Untied States"), customers);
		assertThat(fixed.debtor().address()).isEqualTo(customers);
		assertThat(fixed.jurisdiction()).isEqualTo("US");
		assertThat(fixed.debtor().name()).isEqualTo("Acme");
		assertThat(FixKind.withAddress(draft("US", "CA"), customers).jurisdiction()).isEqualTo("CA");
	}

	private static CaseDraft draft(String country, String jurisdiction) {
		return new CaseDraft(UUID.randomUUID(), new SourceReference(SourceReference.QUICKBOOKS_ONLINE, "r1", "7", "3", "0"),
				"INV-7", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), new BigDecimal("10.00"),
				new BigDecimal("10.00"), "USD", new Debtor(DebtorType.COMPANY, "Acme", "ap@example.com", "+14155550100",
						new PostalAddress(List.of("4581 Finch St."), "Bayshore", "CA", "94326", country)),
				jurisdiction);
	}

}
