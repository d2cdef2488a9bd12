package com.qbobridge.mapping.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.qbobridge.mapping.drafts.address.CountrySource;
import com.qbobridge.mapping.drafts.address.FreeFormAddress;
import com.qbobridge.mapping.drafts.address.NameKeys;
import com.qbobridge.rules.CaseFields;
import com.qbobridge.rules.Countries;
import com.qbobridge.rules.Regions;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import com.qbobridge.schemas.quickbooks.QboAddress;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.jspecify.annotations.Nullable;

/**
 * The debtor's postal address from the invoice's and the customer's {@code BillAddr}, structured data first.
 * <p>
 * An invoice typed into QuickBooks' invoice form stores its billing address as free lines (contact, company, street,
 * {@code City, ST  ZIP}) without {@code City} or {@code PostalCode}. When those lines name the street of the
 * customer's structured address, that address is used; otherwise the lines are read with the country's format
 * ({@link FreeFormAddress}), leaving out lines that only repeat the debtor's or contact's name.
 */
final class BillingAddresses {

	private BillingAddresses() {
	}

	/**
	 * The debtor's address.
	 * @param invoice the invoice, must not be null
	 * @param party who owes it, must not be null
	 * @param company the QuickBooks company, whose country is assumed when an address names none
	 * @param notes where the choices made are noted
	 * @return the address, {@code null} when neither the invoice nor the customer has one
	 */
	static @Nullable PostalAddress of(QboInvoice invoice, BilledParty party, CompanySnapshot company,
			List<FieldIssue> notes) {
		List<String> names = party.names();
		if (party.customer() == null && invoice.customerRef() != null && invoice.customerRef().name() != null) {
			names = new ArrayList<>(names);
			names.add(DebtorNames.withoutDeletedSuffix(invoice.customerRef().name(), Boolean.FALSE));
		}
		List<QboAddress> customerAddresses = party.records()
			.stream()
			.map(QboCustomer::billAddr)
			.filter((address) -> !isEmpty(address))
			.toList();
		QboAddress written = invoice.billAddr();
		if (!isEmpty(written)) {
			if (isStructured(written)) {
				return fields(written, names, company, null, notes);
			}
			FreeFormAddress read = read(written, names, company);
			if (!read.isEmpty()) {
				for (QboAddress candidate : customerAddresses) {
					if (isStructured(candidate) && sameStreet(read, candidate, names)) {
						notes.add(MappingNote.ADDRESS_MATCHED_CUSTOMER.issue(CaseFields.ADDRESS_LINES,
								"The invoice's billing address was typed as free lines naming the customer's street;"
										+ " the customer's billing address fields are used"));
						String writtenCountry = (read.countrySource() == CountrySource.WRITTEN
								|| read.countrySource() == CountrySource.GIVEN) ? read.country() : null;
						return fields(candidate, names, company, writtenCountry, notes);
					}
				}
				return lines(written, read, company, notes);
			}
		}
		for (QboAddress candidate : customerAddresses) {
			FreeFormAddress read = isStructured(candidate) ? null : read(candidate, names, company);
			if (read != null && read.isEmpty()) {
				continue;
			}
			notes.add(MappingNote.ADDRESS_FROM_CUSTOMER.issue(CaseFields.ADDRESS_LINES,
					"The invoice has no billing address; the customer's billing address is used"));
			return (read == null) ? fields(candidate, names, company, null, notes)
					: lines(candidate, read, company, notes);
		}
		return null;
	}

	/** A structured address: its lines without name lines, and its fields. */
	private static PostalAddress fields(QboAddress address, List<String> names, CompanySnapshot company,
			@Nullable String writtenCountry, List<FieldIssue> notes) {
		List<String> lines = withoutNames(lines(address), names);
		String countryText = clean(address.country());
		String country;
		if (countryText != null) {
			country = Countries.toIsoAlpha2(countryText).orElse(countryText);
		}
		else if (writtenCountry != null) {
			country = writtenCountry;
		}
		else {
			country = assumedCountry(company, notes);
		}
		return new PostalAddress(lines, clean(address.city()), region(country, clean(address.countrySubDivisionCode())),
				clean(address.postalCode()), country);
	}

	/** A free-form address, as read from its lines. */
	private static PostalAddress lines(QboAddress address, FreeFormAddress read, CompanySnapshot company,
			List<FieldIssue> notes) {
		String countryText = clean(address.country());
		String country = read.country();
		if (countryText != null && Countries.toIsoAlpha2(countryText).isEmpty()) {
			country = countryText;
		}
		else if (read.countrySource() == CountrySource.RECOGNISED && read.country() != null) {
			notes.add(MappingNote.ADDRESS_COUNTRY_ASSUMED.issue(CaseFields.ADDRESS_COUNTRY,
					"The address names no country; its city and postal code are written as in "
							+ Countries.englishName(read.country()) + ", which is assumed"));
		}
		else if (read.countrySource() == CountrySource.ASSUMED || read.countrySource() == CountrySource.UNKNOWN) {
			country = assumedCountry(company, notes);
		}
		if (read.localityRead()) {
			String dropped = (read.namesDropped() == 0) ? ""
					: "; " + read.namesDropped() + ((read.namesDropped() == 1) ? " line" : " lines")
							+ " repeating the debtor's or contact's name were left out";
			notes.add(MappingNote.ADDRESS_READ_FROM_LINES.issue(CaseFields.ADDRESS_CITY,
					"City, region and postal code were written in the address lines and were read from them"
							+ dropped));
		}
		String region = clean(address.countrySubDivisionCode());
		return new PostalAddress(read.lines(), read.city(), region(country, (region != null) ? region : read.region()),
				read.postalCode(), country);
	}

	private static FreeFormAddress read(QboAddress address, List<String> names, CompanySnapshot company) {
		String known = Countries.toIsoAlpha2(address.country()).orElse(null);
		String assumed = Countries.toIsoAlpha2(company.country()).orElse(null);
		return FreeFormAddress.read(lines(address), names, known, assumed);
	}

	/** The free lines name the structured address's street, and the postal codes, where both have one, agree. */
	private static boolean sameStreet(FreeFormAddress read, QboAddress structured, List<String> names) {
		List<String> street = withoutNames(lines(structured), names);
		if (street.isEmpty()) {
			return false;
		}
		String streetKey = NameKeys.key(street.get(0));
		boolean named = read.lines().stream().anyMatch((line) -> NameKeys.key(line).equals(streetKey));
		String postalCode = clean(structured.postalCode());
		boolean postalCodesAgree = read.postalCode() == null || postalCode == null
				|| NameKeys.key(read.postalCode()).equals(NameKeys.key(postalCode));
		return named && postalCodesAgree;
	}

	private static @Nullable String assumedCountry(CompanySnapshot company, List<FieldIssue> notes) {
		String country = Countries.toIsoAlpha2(company.country()).orElse(null);
		if (country != null) {
			notes.add(MappingNote.ADDRESS_COUNTRY_ASSUMED.issue(CaseFields.ADDRESS_COUNTRY,
					"The address names no country; the company's country, " + Countries.englishName(country)
							+ ", is assumed"));
		}
		return country;
	}

	private static @Nullable String region(@Nullable String country, @Nullable String region) {
		if (region != null && Countries.isIsoAlpha2(country)) {
			return Regions.toCode(country, region).orElse(region);
		}
		return region;
	}

	private static List<String> withoutNames(List<String> lines, List<String> names) {
		List<String> keys = names.stream().map(NameKeys::key).filter((key) -> !key.isEmpty()).toList();
		return lines.stream().filter((line) -> !keys.contains(NameKeys.nameKey(line))).toList();
	}

	private static List<String> lines(QboAddress address) {
		return Stream.of(address.line1(), address.line2(), address.line3(), address.line4(), address.line5())
			.map(BillingAddresses::clean)
			.filter((line) -> line != null)
			.toList();
	}

	/** QuickBooks' own fields were filled in: the invoice form's free lines leave city and postal code empty. */
	private static boolean isStructured(QboAddress address) {
		return clean(address.city()) != null || clean(address.postalCode()) != null;
	}

	private static boolean isEmpty(@Nullable QboAddress address) {
		return address == null || Stream
			.of(address.line1(), address.line2(), address.line3(), address.line4(), address.line5(), address.city(),
					address.countrySubDivisionCode(), address.postalCode(), address.country())
			.allMatch((field) -> clean(field) == null);
	}

	private static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
