package com.qbobridge.connector.quickbooks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.qbobridge.schemas.imports.DateField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QueriesTests {

	@Test
	void queriesUnpaidInvoicesOnlyWithoutDateRange() {
		InvoiceQuery query = new InvoiceQuery(DateField.INVOICE_DATE, null, null);

		assertThat(query.page(null, 1000))
			.isEqualTo("select * from Invoice where Balance > '0' orderby Id maxresults 1000");
		assertThat(query.count()).isEqualTo("select count(*) from Invoice where Balance > '0'");
	}

	@Test
	void pagesByIdAfterTheLastInvoiceRead() {
		InvoiceQuery query = new InvoiceQuery(DateField.INVOICE_DATE, null, null);

		assertThat(query.page("1234", 500))
			.isEqualTo("select * from Invoice where Balance > '0' and Id > '1234' orderby Id maxresults 500");
	}

	@Test
	void countsTheInvoicesOfTheRangeChangedSinceAMomentPaidOrNot() {
		InvoiceQuery query = new InvoiceQuery(DateField.DUE_DATE, LocalDate.of(2026, 1, 1), null);

		assertThat(query.changedSince(Instant.parse("2026-11-25T10:15:30.987Z")))
			.isEqualTo("select count(*) from Invoice where MetaData.LastUpdatedTime >= '2026-11-25T10:15:30+00:00' "
					+ "and DueDate >= '2026-01-01'");
	}

	@Test
	void filtersOnTxnDateForTheInvoiceDate() {
		InvoiceQuery query = new InvoiceQuery(DateField.INVOICE_DATE, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 3, 31));

		assertThat(query.page("1001", 1000)).isEqualTo("select * from Invoice where Balance > '0' and "
				+ "TxnDate >= '2026-01-01' and TxnDate <= '2026-03-31' and Id > '1001' orderby Id maxresults 1000");
	}

	@Test
	void filtersOnDueDateWithEitherBoundOpen() {
		assertThat(new InvoiceQuery(DateField.DUE_DATE, LocalDate.of(2026, 5, 1), null).count())
			.isEqualTo("select count(*) from Invoice where Balance > '0' and DueDate >= '2026-05-01'");
		assertThat(new InvoiceQuery(DateField.DUE_DATE, null, LocalDate.of(2026, 5, 1)).count())
			.isEqualTo("select count(*) from Invoice where Balance > '0' and DueDate <= '2026-05-01'");
	}

	@Test
	void rejectsAnInvertedRangeAndOutOfBoundsPages() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new InvoiceQuery(DateField.DUE_DATE, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)));
		InvoiceQuery query = new InvoiceQuery(DateField.DUE_DATE, null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> query.page("", 1000));
		assertThatIllegalArgumentException().isThrownBy(() -> query.page(null, 0));
		assertThatIllegalArgumentException().as("Intuit refuses more than 1000")
			.isThrownBy(() -> query.page(null, 1001));
	}

	@Test
	void queriesCustomersByIdActiveOrNot() {
		assertThat(CustomerQuery.byIds(List.of("1", "58")))
			.isEqualTo("select * from Customer where Id in ('1', '58') and Active in (true, false) maxresults 2");
	}

	@Test
	void escapesQuotesInsideLiterals() {
		assertThat(CustomerQuery.quote("O'Brien")).isEqualTo("'O\\'Brien'");
	}

}
