package com.qbobridge.sandbox.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.qbobridge.sandbox.accounting.Address;
import com.qbobridge.sandbox.accounting.Customer;
import com.qbobridge.sandbox.accounting.FieldLengths;
import com.qbobridge.sandbox.accounting.Invoice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator is deterministic for a seed and produces the messy mix real QuickBooks companies have.
 */
class DatasetGeneratorTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private static DatasetSpec spec(long seed, boolean multiCurrency) {
		return new DatasetSpec("Test Co", "US", "USD", multiCurrency, seed, 400, 5_000, AS_OF);
	}

	@Test
	void sameSeedGivesTheSameData() {
		Dataset first = DatasetGenerator.generate(spec(42, true), LocalDate.of(2030, 1, 1));
		Dataset second = DatasetGenerator.generate(spec(42, true), LocalDate.of(2031, 1, 1));
		assertThat(second.customers()).isEqualTo(first.customers());
		assertThat(second.invoices()).isEqualTo(first.invoices());
	}

	@Test
	void anotherSeedGivesOtherData() {
		Dataset first = DatasetGenerator.generate(spec(42, false), AS_OF);
		Dataset other = DatasetGenerator.generate(spec(43, false), AS_OF);
		assertThat(other.invoices()).isNotEqualTo(first.invoices());
	}

	@Test
	void invoicesArePaidUnpaidPartlyPaidAndVoided() {
		Dataset data = DatasetGenerator.generate(spec(7, false), AS_OF);
		long paid = data.invoices().stream().filter((i) -> i.balance().signum() == 0 && i.totalAmt().signum() > 0).count();
		long unpaid = data.invoices().stream().filter((i) -> i.balance().compareTo(i.totalAmt()) == 0 && i.totalAmt().signum() > 0).count();
		long partial = data.invoices()
			.stream()
			.filter((i) -> i.balance().signum() > 0 && i.balance().compareTo(i.totalAmt()) < 0)
			.count();
		long voided = data.invoices()
			.stream()
			.filter((i) -> i.totalAmt().signum() == 0 && "Voided".equals(i.privateNote()))
			.count();
		assertThat(paid).isGreaterThan(500);
		assertThat(unpaid).isGreaterThan(500);
		assertThat(partial).isGreaterThan(200);
		assertThat(voided).isGreaterThan(100);
		assertThat(data.invoices()).allSatisfy((invoice) -> {
			assertThat(invoice.balance()).isBetween(BigDecimal.ZERO, invoice.totalAmt());
			assertThat(invoice.dueDate()).isAfterOrEqualTo(invoice.txnDate());
			assertThat(invoice.txnDate()).isBeforeOrEqualTo(AS_OF);
			// Without multicurrency QuickBooks sends no CurrencyRef; the home currency applies.
			assertThat(invoice.currencyRef()).isNull();
			assertThat(invoice.exchangeRate()).isNull();
		});
	}

	@Test
	void customersAreWrittenTheWaysPeopleWriteThem() {
		Dataset data = DatasetGenerator.generate(spec(11, false), AS_OF);
		Set<String> countries = data.customers()
			.stream()
			.map(Customer::billAddr)
			.filter(Objects::nonNull)
			.map(Address::country)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		assertThat(countries).contains("USA", "United States", "US", "");
		assertThat(data.customers()).anySatisfy((c) -> assertThat(c.primaryEmailAddr()).isNull());
		assertThat(data.customers()).anySatisfy((c) -> assertThat(c.billAddr()).isNull());
		assertThat(data.customers()).anySatisfy((c) -> assertThat(c.billAddr()).isNotNull()
			.satisfies((a) -> assertThat(a.city()).isNull()));
		assertThat(data.customers()).anySatisfy((c) -> assertThat(c.displayName()).hasSizeGreaterThan(100));
		assertThat(data.customers()).anySatisfy((c) -> assertThat(c.displayName()).matches(".*[^\\p{InBasicLatin}\\p{InLatin-1Supplement}\\p{InLatinExtended-A}].*"));
		assertThat(data.customers()).anySatisfy((c) -> assertThat(c.isActive()).isFalse());
		assertThat(data.customers().stream().map(Customer::primaryPhone).filter(Objects::nonNull)
			.map((phone) -> phone.freeFormNumber().replaceAll("[0-9]", "9"))
			.distinct()
			.count()).isGreaterThan(4);
		assertThat(data.customers().stream().map((c) -> c.displayName().toLowerCase()).distinct().count())
			.isEqualTo(data.customers().size());
	}

	@Test
	void generatedDataKeepsIntuitsFieldLengths() {
		Dataset data = DatasetGenerator.generate(spec(11, true), AS_OF);

		assertThat(data.customers()).allSatisfy(FieldLengths::check);
		assertThat(data.invoices()).allSatisfy(FieldLengths::check);
		assertThat(data.customers()).anySatisfy((c) -> assertThat(c.companyName()).hasSizeBetween(60, 100));
	}

	@Test
	void multicurrencyCompaniesInvoiceInSeveralCurrencies() {
		Dataset data = DatasetGenerator.generate(spec(3, true), AS_OF);
		Set<String> currencies = data.invoices().stream().map((i) -> i.currencyRef().value()).collect(Collectors.toSet());
		assertThat(currencies).contains("USD", "CAD", "GBP", "EUR");
		assertThat(data.invoices()).allSatisfy((invoice) -> assertThat(invoice.exchangeRate()).isNotNull());
		Invoice foreign = data.invoices().stream().filter((i) -> !i.currencyRef().value().equals("USD")).findFirst().orElseThrow();
		assertThat(foreign.homeTotalAmt()).isNotNull();
	}

}
