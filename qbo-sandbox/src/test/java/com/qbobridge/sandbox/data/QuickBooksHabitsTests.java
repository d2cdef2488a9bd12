package com.qbobridge.sandbox.data;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.qbobridge.sandbox.accounting.Address;
import com.qbobridge.sandbox.accounting.Customer;
import com.qbobridge.sandbox.accounting.Invoice;
import com.qbobridge.sandbox.accounting.Realm;
import com.qbobridge.sandbox.accounting.Realms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated companies hold what real QuickBooks companies hold (invoices typed into the invoice form, sub-customers
 * and jobs, deleted customers, customers abroad, no CurrencyRef without multicurrency, three-letter countries in the
 * company address) without changing which invoices exist and which are unpaid.
 */
class QuickBooksHabitsTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

	/** The sandbox's default company (application.yml), as of a fixed day. */
	private static final DatasetSpec DEFAULT_COMPANY = new DatasetSpec("Sandbox Plumbing & Heating LLC", "US", "USD",
			false, 42, 150, 2_000, AS_OF);

	private static final DatasetSpec MULTICURRENCY_COMPANY = new DatasetSpec("Northwind Trading Ltd.", "CA", "CAD",
			true, 7, 60, 500, AS_OF);

	private final Dataset data = DatasetGenerator.generate(DEFAULT_COMPANY, AS_OF);

	@Test
	void keepsTheInvoicesTheirAmountsAndWhichAreUnpaid() {
		assertFigures(this.data, 2_000, 849, "5437124.09");
		assertFigures(DatasetGenerator.generate(MULTICURRENCY_COMPANY, AS_OF), 500, 202, "1441166.87");
		assertFigures(DatasetGenerator.generate(
				new DatasetSpec("Big Co", "US", "USD", true, 100, 2_000, 100_000, AS_OF), AS_OF), 100_000, 43_385,
				"289919095.34");
	}

	@Test
	void entersSomeInvoicesThroughTheInvoiceFormAsFreeLinesInSeveralCountries() {
		List<Invoice> typed = this.data.invoices().stream().filter(QuickBooksHabitsTests::typedIntoTheForm).toList();

		assertThat(typed).hasSizeBetween(this.data.invoices().size() / 20, this.data.invoices().size() / 4);
		List<String> lines = typed.stream()
			.map(Invoice::billAddr)
			.flatMap((address) -> Stream.of(address.line1(), address.line2(), address.line3(), address.line4(),
					address.line5()))
			.filter(Objects::nonNull)
			.toList();
		Map<String, Pattern> localities = Map.of("US", Pattern.compile(".+, [A-Z]{2} {2}\\d{5}"), "CA",
				Pattern.compile(".+,? [A-Z]{2} {1,2}[A-Z]\\d[A-Z] \\d[A-Z]\\d"), "GB",
				Pattern.compile("(.+ )?[A-Z]{1,2}\\d{1,2}[A-Z]? \\d[A-Z]{2}"), "AU",
				Pattern.compile(".+ (NSW|VIC|QLD|WA) \\d{4}|\\d{4} .+ (NSW|VIC|QLD|WA)"), "DE or FR",
				Pattern.compile("\\d{5} \\p{L}.*"), "NL", Pattern.compile("\\d{4} [A-Z]{2} \\p{L}.*"));
		assertThat(localities).allSatisfy((country, locality) -> assertThat(lines).as(country)
			.anyMatch((line) -> locality.matcher(line).matches()));
		Map<String, Customer> customers = byId(this.data.customers());
		assertThat(typed).anySatisfy((invoice) -> {
			Customer customer = customers.get(invoice.customerRef().value());
			assertThat(customer.givenName()).isNotNull();
			assertThat(invoice.billAddr().line1()).isEqualTo(customer.givenName() + " " + customer.familyName());
			assertThat(customer.billAddr().city()).isNotNull();
		});
	}

	@Test
	void hasSubCustomersAndJobsSomeBilledWithTheirParent() {
		Map<String, Customer> customers = byId(this.data.customers());
		List<Customer> jobs = this.data.customers().stream().filter((c) -> Boolean.TRUE.equals(c.job())).toList();

		assertThat(jobs).hasSizeGreaterThan(3);
		assertThat(jobs).allSatisfy((job) -> {
			Customer parent = customers.get(job.parentRef().value());
			assertThat(parent).isNotNull();
			assertThat(parent.isActive()).isTrue();
			assertThat(parent.job()).isFalse();
			assertThat(job.level()).isEqualTo(1);
			assertThat(job.fullyQualifiedName()).isEqualTo(parent.fullyQualifiedName() + ":"
					+ job.displayName().replace(" (deleted)", "") + (job.isActive() ? "" : " (deleted)"));
			if (job.billWithParent()) {
				assertThat(job.billAddr()).isEqualTo(parent.billAddr());
			}
		});
		assertThat(jobs).extracting(Customer::billWithParent).contains(true, false);
		assertThat(this.data.invoices()).anySatisfy(
				(invoice) -> assertThat(customers.get(invoice.customerRef().value()).billWithParent()).isTrue());
		assertThat(this.data.customers()).filteredOn((c) -> c.parentRef() == null)
			.allSatisfy((c) -> assertThat(c.job()).isFalse());
	}

	@Test
	void namesDeletedCustomersTheWayQuickBooksDoes() {
		Map<String, Customer> customers = byId(this.data.customers());

		assertThat(this.data.customers()).filteredOn((c) -> !c.isActive())
			.isNotEmpty()
			.allSatisfy((c) -> assertThat(c.displayName()).endsWith(" (deleted)"));
		assertThat(this.data.customers()).filteredOn(Customer::isActive)
			.allSatisfy((c) -> assertThat(c.displayName()).doesNotEndWith(" (deleted)"));
		assertThat(this.data.invoices()).allSatisfy((invoice) -> assertThat(invoice.customerRef().name())
			.isEqualTo(customers.get(invoice.customerRef().value()).displayName()));
		assertThat(this.data.customers().stream().map((c) -> c.displayName().toLowerCase()).distinct().count())
			.isEqualTo(this.data.customers().size());
	}

	@Test
	void sendsCurrencyRefOnlyWithMulticurrency() {
		assertThat(this.data.invoices()).allSatisfy((invoice) -> assertThat(invoice.currencyRef()).isNull());
		assertThat(DatasetGenerator.generate(MULTICURRENCY_COMPANY, AS_OF).invoices())
			.allSatisfy((invoice) -> assertThat(invoice.currencyRef()).isNotNull());
	}

	@Test
	void movesSomeCustomersAbroadAndEuroCustomersIntoTheEuroArea() {
		Dataset multicurrency = DatasetGenerator.generate(MULTICURRENCY_COMPANY, AS_OF);
		List<String> euroArea = List.of("Deutschland", "Germany", "DE", "DEU", "France", "FR", "FRA", "Nederland",
				"Netherlands", "The Netherlands", "NL", "NLD");

		assertThat(multicurrency.customers()).filteredOn((c) -> "EUR".equals(c.currencyRef().value()))
			.filteredOn((c) -> c.billAddr() != null && c.billAddr().city() != null && !Boolean.TRUE.equals(c.job()))
			.isNotEmpty()
			.allSatisfy((c) -> assertThat(euroArea).contains(c.billAddr().country()));
		Map<String, String> abroad = Map.ofEntries(Map.entry("Australia", "AU"), Map.entry("AU", "AU"),
				Map.entry("AUS", "AU"), Map.entry("Deutschland", "DE"), Map.entry("Germany", "DE"),
				Map.entry("DE", "DE"), Map.entry("DEU", "DE"), Map.entry("France", "FR"), Map.entry("FR", "FR"),
				Map.entry("FRA", "FR"), Map.entry("Nederland", "NL"), Map.entry("Netherlands", "NL"),
				Map.entry("The Netherlands", "NL"), Map.entry("NL", "NL"), Map.entry("NLD", "NL"));
		assertThat(Stream.of(this.data, multicurrency)
			.flatMap((dataset) -> dataset.customers().stream())
			.map(Customer::billAddr)
			.filter((address) -> address != null && address.country() != null)
			.map((address) -> abroad.get(address.country()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet())).contains("AU", "DE", "FR", "NL");
	}

	@Test
	void writesTheCompanyAddressCountryInThreeLetters() {
		RealmSetup setup = new RealmSetup(new Realms(), Clock.systemUTC());

		Realm us = setup.create("1", new DatasetSpec("Us Co", "US", "USD", false, 1, 0, 0, AS_OF));
		Realm canada = setup.create("2", new DatasetSpec("Ca Co", "CA", "CAD", false, 1, 0, 0, AS_OF));

		assertThat(us.profile().country()).isEqualTo("US");
		assertThat(us.profile().address().country()).isEqualTo("USA");
		assertThat(canada.profile().address().country()).isEqualTo("CAN");
		assertThat(CompanyAddresses.of("SE").country()).isEqualTo("SWE");
	}

	@Test
	void writesJobsAsTheAccountingApiDoes() {
		Customer job = this.data.customers()
			.stream()
			.filter((c) -> Boolean.TRUE.equals(c.job()) && c.billWithParent())
			.findFirst()
			.orElseThrow();
		Customer parent = byId(this.data.customers()).get(job.parentRef().value());
		JsonMapper mapper = JsonMapper.builder().build();

		JsonNode jobJson = mapper.valueToTree(job);
		JsonNode parentJson = mapper.valueToTree(parent);

		assertThat(jobJson.get("Job").asBoolean()).isTrue();
		assertThat(jobJson.get("BillWithParent").asBoolean()).isTrue();
		assertThat(jobJson.at("/ParentRef/value").asString()).isEqualTo(parent.id());
		assertThat(jobJson.get("Level").asInt()).isEqualTo(1);
		assertThat(jobJson.get("FullyQualifiedName").asString()).startsWith(parent.displayName() + ":");
		assertThat(parentJson.get("Job").asBoolean()).isFalse();
		assertThat(parentJson.get("BillWithParent").asBoolean()).isFalse();
		assertThat(parentJson.has("ParentRef")).isFalse();
		assertThat(parentJson.get("FullyQualifiedName").asString()).isEqualTo(parent.displayName());
		assertThat(mapper.treeToValue(jobJson, Customer.class)).isEqualTo(job);
	}

	private static boolean typedIntoTheForm(Invoice invoice) {
		Address address = invoice.billAddr();
		return address != null && address.city() == null && address.postalCode() == null && address.country() == null
				&& address.countrySubDivisionCode() == null && address.line3() != null;
	}

	private static void assertFigures(Dataset data, int invoices, int unpaid, String openBalance) {
		assertThat(data.invoices()).hasSize(invoices);
		assertThat(data.invoices().stream().filter((invoice) -> invoice.balance().signum() > 0).count())
			.isEqualTo(unpaid);
		assertThat(data.invoices().stream().map(Invoice::balance).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(openBalance);
	}

	private static Map<String, Customer> byId(List<Customer> customers) {
		return customers.stream().collect(Collectors.toMap(Customer::id, Function.identity()));
	}

}
