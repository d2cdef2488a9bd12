package com.qbobridge.mapping.drafts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.qbobridge.mapping.drafts.QboFixtures.BENNETT_GARDENS;
import static com.qbobridge.mapping.drafts.QboFixtures.CRAIGS;
import static com.qbobridge.mapping.drafts.QboFixtures.customer;
import static com.qbobridge.mapping.drafts.QboFixtures.event;
import static com.qbobridge.mapping.drafts.QboFixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class InvoiceMappingTests {

	private static final String UNPAID = "invoice-130-unpaid-free-form-address.json";

	private static final String PARTLY_PAID = "invoice-1038-partially-paid.json";

	private static final String EURO = "invoice-2041-multicurrency-eur.json";

	private static final String UK_NO_NUMBER = "invoice-58-uk-no-number.json";

	private static final String NO_ADDRESS = "invoice-4410-no-address.json";

	private final InvoiceMapping mapping = new InvoiceMapping();

	@Nested
	class CreditorReference {

		@Test
		void isTheDocNumber() {
			MappedInvoice mapped = map(event(CRAIGS, PARTLY_PAID, "customer-8-company-mobile-only.json"));

			assertThat(mapped.draft().creditorReference()).isEqualTo("1038");
			assertThat(codes(mapped)).doesNotContain("CREDITOR_REFERENCE_FROM_ID");
		}

		@Test
		void fallsBackToThePrefixedIdThatNoInvoiceNumberOfTheCompanyClashesWithAndSaysSo() {
			MappedInvoice mapped = map(event(BENNETT_GARDENS, UK_NO_NUMBER, "customer-31-inactive-person.json"));

			// "58" may well be another invoice's number; a case under it would be refused as a duplicate reference.
			assertThat(mapped.draft().creditorReference()).isEqualTo("QB-58");
			assertThat(mapped.notes()).filteredOn((note) -> note.code().equals("CREDITOR_REFERENCE_FROM_ID"))
				.singleElement()
				.satisfies((note) -> {
					assertThat(note.field()).isEqualTo("creditorReference");
					assertThat(note.message()).contains("QB-58", "58");
				});
		}

		@Test
		void treatsABlankDocNumberAsMissing() {
			QboInvoice blank = invoice(PARTLY_PAID, (node) -> node.put("DocNumber", "   "));

			assertThat(map(event(CRAIGS, blank, customer("customer-8-company-mobile-only.json"))).draft()
				.creditorReference()).isEqualTo("QB-131");
		}

	}

	@Test
	void takesInvoiceAndDueDates() {
		CaseDraft draft = map(event(CRAIGS, UNPAID, "customer-24-company.json")).draft();

		assertThat(draft.caseDate()).isEqualTo(LocalDate.of(2026, 3, 14));
		assertThat(draft.dueDate()).isEqualTo(LocalDate.of(2026, 4, 13));
	}

	@Nested
	class Amounts {

		@Test
		void recoversTheWholeTotalOfAnUnpaidInvoice() {
			CaseDraft draft = map(event(CRAIGS, UNPAID, "customer-24-company.json")).draft();

			assertThat(draft.amountToRecover()).isEqualByComparingTo("362.07");
			assertThat(draft.invoiceTotal()).isEqualByComparingTo("362.07");
		}

		@Test
		void recoversOnlyTheOpenBalanceOfAPartlyPaidInvoiceAndKeepsTheTotal() {
			CaseDraft draft = map(event(CRAIGS, PARTLY_PAID, "customer-8-company-mobile-only.json")).draft();

			assertThat(draft.amountToRecover()).isEqualByComparingTo("150.00");
			assertThat(draft.invoiceTotal()).isEqualByComparingTo("500.00");
		}

		@Test
		void keepsDecimalsExactly() {
			QboInvoice invoice = invoice(PARTLY_PAID, (node) -> node.put("Balance", new BigDecimal("1234567.89")));

			assertThat(map(event(CRAIGS, invoice, null)).draft().amountToRecover()).isEqualTo(new BigDecimal("1234567.89"));
		}

	}

	@Nested
	class Currency {

		@Test
		void isTheInvoicesCurrencyWhenMulticurrencyIsOn() {
			MappedInvoice mapped = map(event(CRAIGS, EURO, "customer-77-german-company.json"));

			assertThat(mapped.draft().currency()).isEqualTo("EUR");
			assertThat(mapped.draft().amountToRecover()).isEqualByComparingTo("720.00");
			assertThat(codes(mapped)).doesNotContain("CURRENCY_FROM_HOME");
		}

		@Test
		void isTheHomeCurrencyWhenMulticurrencyIsOffWithoutNote() {
			MappedInvoice mapped = map(event(BENNETT_GARDENS, UK_NO_NUMBER, "customer-31-inactive-person.json"));

			assertThat(mapped.draft().currency()).isEqualTo("GBP");
			assertThat(codes(mapped)).doesNotContain("CURRENCY_FROM_HOME");
		}

		@Test
		void isTheHomeCurrencyWithANoteWhenAMulticurrencyInvoiceNamesNone() {
			QboInvoice invoice = invoice(EURO, (node) -> node.remove("CurrencyRef"));

			MappedInvoice mapped = map(event(CRAIGS, invoice, customer("customer-77-german-company.json")));

			assertThat(mapped.draft().currency()).isEqualTo("USD");
			assertThat(mapped.notes()).extracting(FieldIssue::code, FieldIssue::field)
				.contains(tuple("CURRENCY_FROM_HOME", "currency"));
		}

	}

	@Nested
	class DebtorName {

		@Test
		void isTheCompanyNameForACompany() {
			CaseDraft draft = map(event(CRAIGS, PARTLY_PAID, "customer-8-company-mobile-only.json")).draft();

			assertThat(draft.debtor().name()).isEqualTo("Freeman Sporting Goods");
			assertThat(draft.debtor().type()).isEqualTo(DebtorType.COMPANY);
		}

		@Test
		void isTheDisplayNameOfAPersonWithoutQuickBooksDeletedSuffix() {
			MappedInvoice mapped = map(event(BENNETT_GARDENS, UK_NO_NUMBER, "customer-31-inactive-person.json"));

			assertThat(mapped.draft().debtor().name()).isEqualTo("Oliver Bennett");
			assertThat(mapped.draft().debtor().type()).isEqualTo(DebtorType.PERSON);
			assertThat(mapped.notes()).extracting(FieldIssue::code, FieldIssue::field)
				.contains(tuple("CUSTOMER_INACTIVE", "debtor.name"));
		}

		@Test
		void keepsTheDeletedSuffixOfAnActiveCustomer() {
			QboCustomer active = customer("customer-31-inactive-person.json", (node) -> node.put("Active", true));

			assertThat(map(event(BENNETT_GARDENS, invoice(UK_NO_NUMBER), active)).draft().debtor().name())
				.isEqualTo("Oliver Bennett (deleted)");
		}

		@Test
		void isGivenAndFamilyNameWithoutCompanyOrDisplayName() {
			CaseDraft draft = map(event(CRAIGS, NO_ADDRESS, "customer-92-no-address.json")).draft();

			assertThat(draft.debtor().name()).isEqualTo("Jordan Lee");
			assertThat(draft.debtor().type()).isEqualTo(DebtorType.PERSON);
		}

		@Test
		void isTheNameOnTheInvoiceWhenTheCustomerIsGone() {
			MappedInvoice mapped = map(event(CRAIGS, UNPAID, null));

			assertThat(mapped.draft().debtor().name()).isEqualTo("Sonnenschein Family Store");
			assertThat(mapped.draft().debtor().type()).isNull();
			assertThat(mapped.draft().debtor().phone()).isNull();
			assertThat(mapped.draft().source().customerId()).isEqualTo("24");
			assertThat(codes(mapped)).contains("CUSTOMER_NOT_FOUND");
		}

	}

	@Nested
	class DebtorEmail {

		@Test
		void isTheInvoicesBillEmail() {
			QboCustomer customer = customer("customer-8-company-mobile-only.json",
					(node) -> node.putObject("PrimaryEmailAddr").put("Address", "other@example.com"));

			assertThat(map(event(CRAIGS, invoice(PARTLY_PAID), customer)).draft().debtor().email())
				.isEqualTo("Sporting_goods@intuit.com");
		}

		@Test
		void isTheCustomersPrimaryEmailWithoutBillEmailAndTheFirstOfSeveral() {
			MappedInvoice mapped = map(event(BENNETT_GARDENS, UK_NO_NUMBER, "customer-31-inactive-person.json"));

			assertThat(mapped.draft().debtor().email()).isEqualTo("oliver.bennett@example.co.uk");
			assertThat(mapped.notes()).extracting(FieldIssue::code, FieldIssue::field)
				.contains(tuple("DEBTOR_EMAIL_FIRST_OF_SEVERAL", "debtor.email"));
		}

		@Test
		void isMissingWhenNoneIsGiven() {
			assertThat(map(event(CRAIGS, NO_ADDRESS, "customer-92-no-address.json")).draft().debtor().email()).isNull();
		}

	}

	@Nested
	class DebtorAddress {

		@Test
		void isTheInvoicesStructuredBillingAddressWithCountryAndStateAsCodes() {
			PostalAddress address = map(event(CRAIGS, PARTLY_PAID, "customer-8-company-mobile-only.json")).draft()
				.debtor()
				.address();

			assertThat(address).isEqualTo(
					new PostalAddress(List.of("370 Easy St.", "Suite 200"), "Middlefield", "CA", "94482", "US"));
		}

		@Test
		void readsCityStateAndZipFromAFreeFormAddressWithoutNameLinesAndAssumesTheCompanysCountry() {
			QboCustomer withoutAddress = customer("customer-24-company.json", (node) -> node.remove("BillAddr"));

			MappedInvoice mapped = map(event(CRAIGS, invoice(UNPAID), withoutAddress));

			assertThat(mapped.draft().debtor().address()).isEqualTo(
					new PostalAddress(List.of("5647 Cypress Hill Ave."), "Middlefield", "CA", "94303", "US"));
			assertThat(mapped.notes()).extracting(FieldIssue::code)
				.containsExactly("ADDRESS_COUNTRY_ASSUMED", "ADDRESS_READ_FROM_LINES");
		}

		@Test
		void prefersTheCustomersStructuredAddressWhenTheFreeFormInvoiceAddressNamesItsStreet() {
			MappedInvoice mapped = map(event(CRAIGS, UNPAID, "customer-24-company.json"));

			assertThat(mapped.draft().debtor().address()).isEqualTo(
					new PostalAddress(List.of("5647 Cypress Hill Ave."), "Middlefield", "CA", "94303", "US"));
			assertThat(mapped.notes()).extracting(FieldIssue::code)
				.containsExactly("ADDRESS_MATCHED_CUSTOMER", "ADDRESS_COUNTRY_ASSUMED");
		}

		@Test
		void isTheCustomersBillingAddressWhenTheInvoiceHasNone() {
			MappedInvoice mapped = map(event(BENNETT_GARDENS, UK_NO_NUMBER, "customer-31-inactive-person.json"));

			assertThat(mapped.draft().debtor().address())
				.isEqualTo(new PostalAddress(List.of("221B Baker Street"), "London", null, "NW1 6XE", "GB"));
			assertThat(mapped.notes()).extracting(FieldIssue::code, FieldIssue::field)
				.contains(tuple("ADDRESS_FROM_CUSTOMER", "debtor.address.lines"));
		}

		@Test
		void treatsAnInvoiceAddressOfBlanksAsMissing() {
			QboInvoice blanks = invoice(UK_NO_NUMBER, (node) -> node.putObject("BillAddr").put("Line1", " "));

			assertThat(map(event(BENNETT_GARDENS, blanks, customer("customer-31-inactive-person.json"))).draft()
				.debtor()
				.address()
				.city()).isEqualTo("London");
		}

		@Test
		void isMissingWhenNeitherInvoiceNorCustomerHasOne() {
			CaseDraft draft = map(event(CRAIGS, NO_ADDRESS, "customer-92-no-address.json")).draft();

			assertThat(draft.debtor().address()).isNull();
			assertThat(draft.jurisdiction()).isNull();
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "USA|US", "United States|US", "U.S.|US", "united states of america|US",
				"  usa  |US", "US|US", "UK|GB", "Great Britain|GB", "United Kingdom|GB", "Deutschland|DE",
				"germany|DE", "Canada|CA", "The Netherlands|NL", "Éire|IE" })
		void recognisesCountrySpellingsAsIsoCodes(String spelling, String code) {
			QboInvoice invoice = invoice(PARTLY_PAID,
					(node) -> ((tools.jackson.databind.node.ObjectNode) node.get("BillAddr")).put("Country", spelling));

			CaseDraft draft = map(event(CRAIGS, invoice, null)).draft();

			assertThat(draft.debtor().address().country()).isEqualTo(code);
			assertThat(draft.jurisdiction()).isEqualTo(code);
		}

		@Test
		void keepsAnUnknownCountryAsWritten() {
			QboInvoice invoice = invoice(PARTLY_PAID,
					(node) -> ((tools.jackson.databind.node.ObjectNode) node.get("BillAddr")).put("Country",
							" Atlantis "));

			CaseDraft draft = map(event(CRAIGS, invoice, null)).draft();

			assertThat(draft.debtor().address().country()).isEqualTo("Atlantis");
			assertThat(draft.jurisdiction()).isEqualTo("Atlantis");
			assertThat(draft.debtor().address().region()).isEqualTo("California");
		}

	}

	@Nested
	class DebtorPhone {

		@Test
		void isThePrimaryPhoneInE164() {
			assertThat(map(event(CRAIGS, PARTLY_PAID, "customer-24-company.json")).draft().debtor().phone())
				.isEqualTo("+16505578463");
		}

		@Test
		void isTheMobileWithoutPrimaryPhone() {
			assertThat(map(event(CRAIGS, PARTLY_PAID, "customer-8-company-mobile-only.json")).draft().debtor().phone())
				.isEqualTo("+16505553311");
		}

		@Test
		void readsNationalNumbersInTheDebtorsCountry() {
			assertThat(map(event(CRAIGS, EURO, "customer-77-german-company.json")).draft().debtor().phone())
				.isEqualTo("+498912345678");
			assertThat(map(event(BENNETT_GARDENS, UK_NO_NUMBER, "customer-31-inactive-person.json")).draft()
				.debtor()
				.phone()).isEqualTo("+442079460018");
		}

		@Test
		void prefersAValidMobileOverAnInvalidPrimaryPhone() {
			QboCustomer customer = customer("customer-31-inactive-person.json",
					(node) -> node.putObject("PrimaryPhone").put("FreeFormNumber", "ext. 12"));

			assertThat(map(event(BENNETT_GARDENS, invoice(UK_NO_NUMBER), customer)).draft().debtor().phone())
				.isEqualTo("+447911123456");
		}

		@Test
		void keepsAnInvalidNumberAsTypedForTheRulesToReport() {
			QboCustomer customer = customer("customer-24-company.json",
					(node) -> node.putObject("PrimaryPhone").put("FreeFormNumber", " 555-0199 "));

			assertThat(map(event(CRAIGS, invoice(PARTLY_PAID), customer)).draft().debtor().phone())
				.isEqualTo("555-0199");
		}

	}

	@Test
	void keepsQuickBooksIdsAsSourceReference() {
		CaseDraft draft = map(event(CRAIGS, PARTLY_PAID, "customer-8-company-mobile-only.json")).draft();

		assertThat(draft.source()).isEqualTo(new SourceReference("QUICKBOOKS_ONLINE", "9341453050", "131", "8", "3"));
	}

	@Nested
	class DraftId {

		@Test
		void isTheSameForTheSameInvoiceVersionDeliveredTwice() {
			InvoiceFetched event = event(CRAIGS, PARTLY_PAID, "customer-8-company-mobile-only.json");
			InvoiceFetched redelivered = new InvoiceFetched(event.metadata().next(InvoiceFetched.CONTRACT),
					event.company(), event.invoice(), event.customer(), event.sequence());

			assertThat(map(redelivered).draft().draftId()).isEqualTo(map(event).draft().draftId())
				.isEqualTo(DraftIds.of(QboFixtures.CONNECTION, "9341453050", "131", "3"));
		}

		@Test
		void differsForAnotherVersionOrConnection() {
			InvoiceFetched event = event(CRAIGS, PARTLY_PAID, null);
			InvoiceFetched edited = event(CRAIGS, invoice(PARTLY_PAID, (node) -> node.put("SyncToken", "4")), null);
			EventMetadata other = EventMetadata.first(InvoiceFetched.CONTRACT, "acme-collections",
					java.util.UUID.randomUUID(), QboFixtures.IMPORT);
			InvoiceFetched otherConnection = new InvoiceFetched(other, CRAIGS, event.invoice(), null, 1);

			assertThat(map(edited).draft().draftId()).isNotEqualTo(map(event).draft().draftId());
			assertThat(map(otherConnection).draft().draftId()).isNotEqualTo(map(event).draft().draftId());
		}

	}

	@Nested
	class HostileContent {

		@Test
		void passesTenKilobyteNamesMarkupRightToLeftAndEmojiThroughAsData() {
			String huge = "<img src=x onerror=alert(1)>".repeat(400);
			String rtl = "\u202Eشركة الأمل\u202C 🍕🧾";
			QboCustomer customer = customer("customer-24-company.json", (node) -> {
				node.put("CompanyName", huge);
				((tools.jackson.databind.node.ObjectNode) node.get("BillAddr")).put("City", rtl);
			});
			QboInvoice invoice = invoice(UNPAID, (node) -> {
				node.remove("BillAddr");
				node.put("DocNumber", "1037\u0000\r\n");
			});

			CaseDraft draft = map(event(CRAIGS, invoice, customer)).draft();

			assertThat(draft.debtor().name()).isEqualTo(huge).hasSize(11_200);
			assertThat(draft.debtor().address().city()).isEqualTo(rtl);
			assertThat(draft.creditorReference()).isEqualTo("1037\u0000");
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "   " })
		void refusesAnInvoiceWithoutId(String id) {
			InvoiceFetched event = event(CRAIGS, invoice(UNPAID, (node) -> node.put("Id", id)), null);

			assertThatExceptionOfType(InvoiceNotMappable.class).isThrownBy(() -> map(event))
				.withMessageContaining("Id");
		}

	}

	private MappedInvoice map(InvoiceFetched event) {
		return this.mapping.map(event);
	}

	private static List<String> codes(MappedInvoice mapped) {
		return mapped.notes().stream().map(FieldIssue::code).toList();
	}

}
