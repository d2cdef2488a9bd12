package com.qbobridge.mapping.drafts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.RulesSettings;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.junit.jupiter.api.Test;

import static com.qbobridge.mapping.drafts.QboFixtures.BENNETT_GARDENS;
import static com.qbobridge.mapping.drafts.QboFixtures.CRAIGS;
import static com.qbobridge.mapping.drafts.QboFixtures.customer;
import static com.qbobridge.mapping.drafts.QboFixtures.event;
import static com.qbobridge.mapping.drafts.QboFixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CaseDraftingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private final CaseDrafting drafting = new CaseDrafting(new InvoiceMapping(), new CaseDraftValidator(
			RulesSettings.defaults(), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));

	@Test
	void draftsAnUnpaidInvoiceAsValidWithTheChoicesMadeAsWarnings() {
		CaseDrafted drafted = this.drafting
			.draft(event(CRAIGS, "invoice-130-unpaid-free-form-address.json", "customer-24-company.json"));

		assertThat(drafted.status()).isEqualTo(DraftStatus.VALID);
		assertThat(drafted.violations()).isEmpty();
		assertThat(codes(drafted.warnings())).containsExactly("ADDRESS_MATCHED_CUSTOMER", "ADDRESS_COUNTRY_ASSUMED");
		assertThat(drafted.draft().jurisdiction()).isEqualTo("US");
	}

	@Test
	void draftsAPartlyPaidInvoiceForItsOpenBalance() {
		CaseDrafted drafted = this.drafting
			.draft(event(CRAIGS, "invoice-1038-partially-paid.json", "customer-8-company-mobile-only.json"));

		assertThat(drafted.status()).isEqualTo(DraftStatus.VALID);
		assertThat(drafted.draft().amountToRecover()).isEqualByComparingTo("150.00");
		assertThat(drafted.warnings()).extracting(FieldIssue::code, FieldIssue::message)
			.containsExactly(tuple("AMOUNT_PARTIALLY_PAID",
					"The invoice was partly paid: 150.00 of 500.00 USD remain open, and only the open balance is recovered"));
	}

	@Test
	void draftsAMulticurrencyInvoiceInItsCurrency() {
		CaseDrafted drafted = this.drafting
			.draft(event(CRAIGS, "invoice-2041-multicurrency-eur.json", "customer-77-german-company.json"));

		assertThat(drafted.status()).isEqualTo(DraftStatus.VALID);
		assertThat(drafted.warnings()).isEmpty();
		assertThat(drafted.draft().currency()).isEqualTo("EUR");
		assertThat(drafted.draft().jurisdiction()).isEqualTo("DE");
	}

	@Test
	void draftsAnInactiveCustomersInvoiceAsValidWithWarnings() {
		CaseDrafted drafted = this.drafting
			.draft(event(BENNETT_GARDENS, "invoice-58-uk-no-number.json", "customer-31-inactive-person.json"));

		assertThat(drafted.status()).isEqualTo(DraftStatus.VALID);
		assertThat(codes(drafted.warnings())).containsExactly("CREDITOR_REFERENCE_FROM_ID", "ADDRESS_FROM_CUSTOMER",
				"CUSTOMER_INACTIVE", "DEBTOR_EMAIL_FIRST_OF_SEVERAL");
	}

	@Test
	void rejectsAnInvoiceWithoutAddressWithEveryReasonAtOnce() {
		CaseDrafted drafted = this.drafting
			.draft(event(CRAIGS, "invoice-4410-no-address.json", "customer-92-no-address.json"));

		assertThat(drafted.status()).isEqualTo(DraftStatus.REJECTED);
		assertThat(drafted.violations()).extracting(FieldIssue::code, FieldIssue::field)
			.containsExactly(tuple("JURISDICTION_MISSING", "jurisdiction"),
					tuple("ADDRESS_LINE_MISSING", "debtor.address.lines"),
					tuple("ADDRESS_CITY_MISSING", "debtor.address.city"),
					tuple("ADDRESS_POSTAL_CODE_MISSING", "debtor.address.postalCode"),
					tuple("ADDRESS_COUNTRY_MISSING", "debtor.address.country"));
	}

	@Test
	void rejectsAnUnknownCountryWithTheTextSeen() {
		QboInvoice invoice = invoice("invoice-1038-partially-paid.json",
				(node) -> ((tools.jackson.databind.node.ObjectNode) node.get("BillAddr")).put("Country", "Atlantis"));

		CaseDrafted drafted = this.drafting.draft(event(CRAIGS, invoice, null));

		assertThat(drafted.status()).isEqualTo(DraftStatus.REJECTED);
		assertThat(drafted.violations()).extracting(FieldIssue::code, FieldIssue::message)
			.contains(tuple("JURISDICTION_UNKNOWN", "The country 'Atlantis' is not a country we recognise"));
	}

	@Test
	void rejectsAnAmountBelowTheMinimumAndWarnsAboutAnInvoiceNotYetDue() {
		QboInvoice invoice = invoice("invoice-2041-multicurrency-eur.json", (node) -> {
			node.put("Balance", new java.math.BigDecimal("80.00"));
			node.put("DueDate", "2026-12-24");
		});

		CaseDrafted drafted = this.drafting.draft(event(CRAIGS, invoice, customer("customer-77-german-company.json")));

		assertThat(drafted.violations()).extracting(FieldIssue::code, FieldIssue::message)
			.containsExactly(tuple("AMOUNT_BELOW_MINIMUM",
					"The amount to recover, 80.00 EUR, is below the minimum of 100 USD"
							+ " (about 92.60 EUR at the reference rate 1 EUR = 1.08 USD)"));
		assertThat(codes(drafted.warnings())).containsExactly("INVOICE_NOT_YET_DUE", "AMOUNT_PARTIALLY_PAID");
	}

	@Test
	void rejectsTenKilobyteNamesAndControlCharactersButDraftsThem() {
		QboCustomer customer = customer("customer-24-company.json",
				(node) -> node.put("CompanyName", "Sonnenschein 🌞 ".repeat(700)));
		QboInvoice invoice = invoice("invoice-1038-partially-paid.json", (node) -> node.put("DocNumber", "10\n38"));

		CaseDrafted drafted = this.drafting.draft(event(CRAIGS, invoice, customer));

		assertThat(drafted.status()).isEqualTo(DraftStatus.REJECTED);
		assertThat(drafted.violations()).extracting(FieldIssue::code, FieldIssue::field)
			.containsExactly(tuple("CONTROL_CHARACTERS", "creditorReference"),
					tuple("DEBTOR_NAME_TOO_LONG", "debtor.name"));
		assertThat(drafted.draft().debtor().name()).startsWith("Sonnenschein 🌞 Sonnenschein");
	}

	@Test
	void answersWithTheEventsEnvelopeSequenceAndAnIdDerivedFromTheEvent() {
		InvoiceFetched event = event(CRAIGS, "invoice-1038-partially-paid.json", "customer-8-company-mobile-only.json");

		CaseDrafted first = this.drafting.draft(event);
		CaseDrafted again = this.drafting.draft(event);

		assertThat(first.metadata().eventType()).isEqualTo("CaseDrafted");
		assertThat(first.metadata().eventVersion()).isEqualTo(1);
		assertThat(first.metadata().correlationId()).isEqualTo(event.metadata().correlationId());
		assertThat(first.metadata().accountId()).isEqualTo("acme-collections");
		assertThat(first.metadata().connectionId()).isEqualTo(QboFixtures.CONNECTION);
		assertThat(first.metadata().importId()).isEqualTo(QboFixtures.IMPORT);
		assertThat(first.metadata().eventId()).isNotEqualTo(event.metadata().eventId())
			.isEqualTo(again.metadata().eventId());
		assertThat(first.draft()).isEqualTo(again.draft());
		assertThat(first.sequence()).isEqualTo(7);
	}

	private static List<String> codes(List<FieldIssue> issues) {
		return issues.stream().map(FieldIssue::code).toList();
	}

}
