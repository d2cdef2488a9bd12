package com.qbobridge.mapping.drafts;

import java.util.List;

import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

import static com.qbobridge.mapping.drafts.QboFixtures.customer;
import static com.qbobridge.mapping.drafts.QboFixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What real QuickBooks companies hold beyond Intuit's happy path: sub-customers and jobs billed with their parent,
 * invoices whose billing address was typed into the invoice form as free lines, and customers whose kind only their
 * name tells.
 */
class SubCustomerAndFreeFormMappingTests {

	/** Craig's sample company as most companies run: without multicurrency, so invoices carry no CurrencyRef. */
	private static final CompanySnapshot HOME_CURRENCY_ONLY = new CompanySnapshot("9341453050",
			"Craig's Design and Landscaping Services", "USA", "USD", false);

	private static final String JOB_INVOICE = "invoice-1040-job-free-form-address.json";

	private static final String JOB = "customer-23-job-billed-with-parent.json";

	private static final String PARENT = "customer-22-parent-person.json";

	private final InvoiceMapping mapping = new InvoiceMapping();

	@Nested
	class JobsBilledWithTheirParent {

		@Test
		void isDraftedAgainstTheParent() {
			MappedInvoice mapped = map(event(invoice(JOB_INVOICE), customer(JOB), List.of(customer(PARENT))));

			CaseDraft draft = mapped.draft();
			assertThat(draft.debtor().name()).isEqualTo("Shara Barnett");
			assertThat(draft.debtor().type()).isEqualTo(DebtorType.PERSON);
			assertThat(draft.debtor().email()).isEqualTo("Design@intuit.com");
			assertThat(draft.debtor().phone()).isEqualTo("+16505554563");
			assertThat(draft.source().customerId()).isEqualTo("23");
			assertThat(draft.currency()).isEqualTo("USD");
			assertThat(mapped.notes()).extracting(FieldIssue::code, FieldIssue::field)
				.startsWith(tuple("DEBTOR_IS_PARENT_CUSTOMER", "debtor.name"));
			assertThat(mapped.notes()).extracting(FieldIssue::message)
				.first()
				.asString()
				.contains("'Barnett Design'", "'Shara Barnett'");
		}

		@Test
		void takesTheParentsNameFromTheFullyQualifiedNameWhenTheEventDoesNotCarryTheParent() {
			MappedInvoice mapped = map(event(invoice(JOB_INVOICE), customer(JOB), null));

			assertThat(mapped.draft().debtor().name()).isEqualTo("Shara Barnett");
			assertThat(mapped.draft().debtor().type()).isEqualTo(DebtorType.PERSON);
			assertThat(mapped.notes()).extracting(FieldIssue::code).startsWith("DEBTOR_PARENT_FROM_NAME");
		}

		@Test
		void isACompanyWhenTheParentIsOne() {
			QboCustomer job = customer("customer-8-company-mobile-only.json", (node) -> node.put("BillWithParent", true));
			QboInvoice invoice = invoice("invoice-1038-partially-paid.json");

			CaseDraft withParent = map(event(invoice, job, List.of(customer("customer-7-parent-company.json")))).draft();
			CaseDraft byName = map(event(invoice, job, null)).draft();

			assertThat(withParent.debtor().name()).isEqualTo("Freeman Sporting Goods");
			assertThat(withParent.debtor().type()).isEqualTo(DebtorType.COMPANY);
			assertThat(withParent.debtor().phone()).isEqualTo("+16505550987");
			assertThat(byName.debtor().name()).isEqualTo("Freeman Sporting Goods");
			assertThat(byName.debtor().type()).isEqualTo(DebtorType.COMPANY);
			assertThat(byName.debtor().phone()).isEqualTo("+16505553311");
		}

		@Test
		void followsParentsBilledWithTheirOwnParentToTheTop() {
			QboCustomer site = customer(JOB, (node) -> {
				node.put("Id", "31");
				node.put("DisplayName", "Kitchen");
				node.put("FullyQualifiedName", "Shara Barnett:Barnett Design:Kitchen");
				node.putObject("ParentRef").put("value", "23");
			});

			CaseDraft draft = map(event(invoice(JOB_INVOICE), site, List.of(customer(JOB), customer(PARENT)))).draft();

			assertThat(draft.debtor().name()).isEqualTo("Shara Barnett");
		}

		@Test
		void leavesAJobBilledOnItsOwnAsTheDebtor() {
			MappedInvoice mapped = map(event(invoice("invoice-1038-partially-paid.json"),
					customer("customer-8-company-mobile-only.json"), List.of(customer("customer-7-parent-company.json"))));

			assertThat(mapped.draft().debtor().name()).isEqualTo("Freeman Sporting Goods");
			assertThat(mapped.draft().debtor().phone()).isEqualTo("+16505553311");
			assertThat(mapped.notes()).extracting(FieldIssue::code)
				.doesNotContain("DEBTOR_IS_PARENT_CUSTOMER", "DEBTOR_PARENT_FROM_NAME");
		}

	}

	@Nested
	class FreeFormInvoiceAddresses {

		@Test
		void isTheMatchingStructuredCustomerAddressWithoutNameLines() {
			MappedInvoice mapped = map(event(invoice(JOB_INVOICE), customer(JOB), List.of(customer(PARENT))));

			assertThat(mapped.draft().debtor().address())
				.isEqualTo(new PostalAddress(List.of("19 Main St."), "Middlefield", "CA", "94303", "US"));
			assertThat(mapped.draft().jurisdiction()).isEqualTo("US");
			assertThat(mapped.notes()).extracting(FieldIssue::code)
				.containsExactly("DEBTOR_IS_PARENT_CUSTOMER", "ADDRESS_MATCHED_CUSTOMER", "ADDRESS_COUNTRY_ASSUMED");
		}

		@Test
		void isReadFromTheLinesWhenTheCustomerLivesOnAnotherStreet() {
			QboCustomer moved = customer(PARENT, (node) -> ((ObjectNode) node.get("BillAddr")).put("Line1", "1 Elm St."));

			MappedInvoice mapped = map(event(invoice(JOB_INVOICE), customer(JOB, (node) -> node.remove("BillAddr")),
					List.of(moved)));

			assertThat(mapped.draft().debtor().address())
				.isEqualTo(new PostalAddress(List.of("19 Main St."), "Middlefield", "CA", "94303", "US"));
			assertThat(mapped.notes()).extracting(FieldIssue::code)
				.containsExactly("DEBTOR_IS_PARENT_CUSTOMER", "ADDRESS_COUNTRY_ASSUMED", "ADDRESS_READ_FROM_LINES");
			assertThat(mapped.notes()).extracting(FieldIssue::message)
				.last()
				.asString()
				.contains("2 lines repeating the debtor's or contact's name were left out");
		}

		@Test
		void isReadFromTheLinesWhenThePostalCodesDisagree() {
			QboCustomer elsewhere = customer(PARENT,
					(node) -> ((ObjectNode) node.get("BillAddr")).put("PostalCode", "94304"));

			PostalAddress address = map(event(invoice(JOB_INVOICE), customer(JOB, (node) -> node.remove("BillAddr")),
					List.of(elsewhere)))
				.draft()
				.debtor()
				.address();

			assertThat(address.postalCode()).isEqualTo("94303");
		}

		@Test
		void ofNamesOnlyFallsBackToTheCustomersAddress() {
			QboInvoice namesOnly = invoice(JOB_INVOICE, (node) -> {
				ObjectNode billAddr = node.putObject("BillAddr");
				billAddr.put("Line1", "Shara Barnett");
				billAddr.put("Line2", "Barnett Design");
			});

			MappedInvoice mapped = map(event(namesOnly, customer(JOB), List.of(customer(PARENT))));

			assertThat(mapped.draft().debtor().address())
				.isEqualTo(new PostalAddress(List.of("19 Main St."), "Middlefield", "CA", "94303", "US"));
			assertThat(mapped.notes()).extracting(FieldIssue::code).contains("ADDRESS_FROM_CUSTOMER");
		}

		@Test
		void takesTheCountryWrittenOnTheInvoiceWhenTheMatchingCustomerAddressNamesNone() {
			QboInvoice withCountry = invoice(JOB_INVOICE,
					(node) -> ((ObjectNode) node.get("BillAddr")).put("Line5", "United States"));

			MappedInvoice mapped = map(event(withCountry, customer(JOB), List.of(customer(PARENT))));

			assertThat(mapped.draft().debtor().address().country()).isEqualTo("US");
			assertThat(mapped.notes()).extracting(FieldIssue::code).doesNotContain("ADDRESS_COUNTRY_ASSUMED");
		}

	}

	@Nested
	class DebtorTypes {

		@ParameterizedTest(name = "{0} / {1} {2} -> {3}")
		@CsvSource(delimiter = '|', nullValues = "-", value = { "Acme Plumbing LLC | - | - | COMPANY",
				"Summit Roofing, Inc. | - | - | COMPANY", "Gärtnerei Müller GmbH | - | - | COMPANY",
				"Jansen B.V. | - | - | COMPANY", "Dupont SARL | - | - | COMPANY", "Harbor Catering Ltd. | - | - | COMPANY",
				"Smith & Sons | - | - | COMPANY", "Bright Pty Ltd | - | - | COMPANY", "Jordan Lee | Jordan | Lee | PERSON",
				"Red Rock Diner | - | - | PERSON", "Mr. Lee | - | Lee | PERSON" })
		void isToldFromTheNameWithoutCompanyName(String displayName, @Nullable String given, @Nullable String family,
				DebtorType type) {
			QboCustomer customer = new QboCustomer("9", "0", displayName, null, given, family, null, null, null, null,
					null, true);

			assertThat(map(event(invoice("invoice-4410-no-address.json"), customer, null)).draft().debtor().type())
				.isEqualTo(type);
		}

		@Test
		void isAPersonWhenTheCompanyNameIsJustTheContactsName() {
			QboCustomer customer = new QboCustomer("9", "0", "Jordan Lee", "Jordan Lee", "Jordan", "Lee", null, null,
					null, null, null, true);

			assertThat(map(event(invoice("invoice-4410-no-address.json"), customer, null)).draft().debtor().type())
				.isEqualTo(DebtorType.PERSON);
		}

		@Test
		void isACompanyWithACompanyName() {
			QboCustomer customer = new QboCustomer("9", "0", "Red Rock", "Red Rock Diner", "Stephanie", "Martini", null,
					null, null, null, null, true);

			assertThat(map(event(invoice("invoice-4410-no-address.json"), customer, null)).draft().debtor().type())
				.isEqualTo(DebtorType.COMPANY);
		}

		@Test
		void isACompanyForALegalFormOnTheInvoiceWhenTheCustomerIsGone() {
			QboInvoice invoice = invoice("invoice-4410-no-address.json",
					(node) -> node.putObject("CustomerRef").put("value", "92").put("name", "Lee Landscaping LLC"));

			assertThat(map(event(invoice, null, null)).draft().debtor().type()).isEqualTo(DebtorType.COMPANY);
		}

	}

	private MappedInvoice map(InvoiceFetched event) {
		return this.mapping.map(event);
	}

	private static InvoiceFetched event(QboInvoice invoice, @Nullable QboCustomer customer,
			@Nullable List<QboCustomer> parents) {
		return new InvoiceFetched(EventMetadata.first(InvoiceFetched.CONTRACT, "acme-collections",
				QboFixtures.CONNECTION, QboFixtures.IMPORT), HOME_CURRENCY_ONLY, invoice, customer, 3, parents);
	}

}
