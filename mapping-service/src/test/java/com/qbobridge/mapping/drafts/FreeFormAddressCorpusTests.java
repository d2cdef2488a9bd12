package com.qbobridge.mapping.drafts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import com.qbobridge.schemas.quickbooks.QboAddress;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import com.qbobridge.schemas.quickbooks.QboRef;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-world shapes of free-form billing addresses ({@code qbo/free-form-billing-addresses.csv}: Intuit's sample
 * company, national post formats, shapes seen in QuickBooks exports) become the case address a reader would write on
 * an envelope: street lines without the debtor's and contact's names, city, region, postal code and country.
 */
class FreeFormAddressCorpusTests {

	private final InvoiceMapping mapping = new InvoiceMapping();

	@ParameterizedTest(name = "[{index}] {2}: {0} ({1})")
	@CsvFileSource(resources = "/qbo/free-form-billing-addresses.csv", delimiter = '|', numLinesToSkip = 1,
			maxCharsPerColumn = 1000)
	void readsTheAddressAReaderWould(String shape, String source, String companyCountry, @Nullable String company,
			@Nullable String contact, String billAddrLines, @Nullable String billAddrCountry,
			@Nullable String lines, @Nullable String city, @Nullable String region, @Nullable String postalCode,
			@Nullable String country) {
		InvoiceFetched event = event(companyCountry, customer(company, contact), billAddr(billAddrLines, billAddrCountry));

		PostalAddress address = this.mapping.map(event).draft().debtor().address();

		assertThat(address).as(shape)
			.isEqualTo(new PostalAddress(split(lines), city, region, postalCode, country));
	}

	private static InvoiceFetched event(String companyCountry, QboCustomer customer, QboAddress billAddr) {
		CompanySnapshot company = new CompanySnapshot("4620816365", "Corpus Co", companyCountry, "USD", false);
		QboInvoice invoice = new QboInvoice("1", "0", "1001", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
				new BigDecimal("250.00"), new BigDecimal("250.00"), null, null,
				new QboRef(customer.id(), customer.displayName()), billAddr, null, null, null);
		return new InvoiceFetched(EventMetadata.first(InvoiceFetched.CONTRACT, "acme-collections",
				QboFixtures.CONNECTION, QboFixtures.IMPORT), company, invoice, customer, 1);
	}

	private static QboCustomer customer(@Nullable String company, @Nullable String contact) {
		String given = null;
		String family = null;
		if (contact != null) {
			int space = contact.indexOf(' ');
			given = (space > 0) ? contact.substring(0, space) : contact;
			family = (space > 0) ? contact.substring(space + 1) : null;
		}
		String displayName = (company != null) ? company : (contact != null) ? contact : "Corpus Debtor";
		return new QboCustomer("58", "0", displayName, company, given, family, null, null, null, null, null, true);
	}

	private static QboAddress billAddr(String lines, @Nullable String country) {
		List<String> written = new ArrayList<>(split(lines).stream().map((line) -> line.replace("\\n", "\n")).toList());
		while (written.size() < 5) {
			written.add(null);
		}
		return new QboAddress(written.get(0), written.get(1), written.get(2), written.get(3), written.get(4), null,
				null, null, country);
	}

	private static List<String> split(@Nullable String lines) {
		return (lines != null) ? Arrays.stream(lines.split(" ; ")).map(String::strip).toList() : List.of();
	}

}
