package com.qbobridge.mapping.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.qbobridge.rules.CaseFields;
import com.qbobridge.rules.Countries;
import com.qbobridge.rules.PhoneNumbers;
import com.qbobridge.rules.Regions;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import com.qbobridge.schemas.quickbooks.QboAddress;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboEmail;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import com.qbobridge.schemas.quickbooks.QboPhone;
import com.qbobridge.schemas.quickbooks.QboRef;
import org.jspecify.annotations.Nullable;

/**
 * The product's field table from a QuickBooks invoice and customer to a case draft, kept apart from validation so
 * that every row can be tested on its own. Stateless and thread-safe.
 * <p>
 * Text is data: it is trimmed, never rewritten, so that what the creditor typed into QuickBooks is what the rules
 * judge and the review page shows.
 */
public final class InvoiceMapping {

	/** {@code City, ST 12345} or {@code City, ON K1A 0B1}: how QuickBooks writes a free-form US or Canadian address. */
	private static final Pattern CITY_REGION_POSTAL_CODE = Pattern
		.compile("(\\S[^,]{0,99}),\\s*([A-Za-z]{2})\\s+(\\d{5}(?:-\\d{4})?|[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d)");

	private static final String DELETED_SUFFIX = " (deleted)";

	private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[,;]");

	/**
	 * Maps one fetched invoice.
	 * @param event the event, must not be null
	 * @return the draft and the notes about choices made
	 * @throws InvoiceNotMappable when the invoice id or realm id is missing
	 */
	public MappedInvoice map(InvoiceFetched event) {
		QboInvoice invoice = event.invoice();
		CompanySnapshot company = event.company();
		QboCustomer customer = event.customer();
		String invoiceId = clean(invoice.id());
		String realmId = clean(company.realmId());
		if (invoiceId == null) {
			throw new InvoiceNotMappable("The invoice has no QuickBooks Id");
		}
		if (realmId == null) {
			throw new InvoiceNotMappable("The company has no QuickBooks realm id");
		}
		List<FieldIssue> notes = new ArrayList<>();
		UUID connectionId = event.metadata().connectionId();
		String syncToken = clean(invoice.syncToken());
		SourceReference source = new SourceReference(SourceReference.QUICKBOOKS_ONLINE, realmId, invoiceId,
				customerId(invoice, customer), syncToken);
		String reference = clean(invoice.docNumber());
		if (reference == null) {
			reference = invoiceId;
			notes.add(MappingNote.CREDITOR_REFERENCE_FROM_ID.issue(CaseFields.CREDITOR_REFERENCE,
					"The invoice has no number; its QuickBooks id " + invoiceId + " is used as the reference"));
		}
		String currency = currency(invoice, company, notes);
		PostalAddress address = address(invoice, customer, company, notes);
		String country = (address != null) ? address.country() : null;
		Debtor debtor = debtor(invoice, customer, address, notes);
		CaseDraft draft = new CaseDraft(DraftIds.of(connectionId, realmId, invoiceId, syncToken), source, reference,
				invoice.txnDate(), invoice.dueDate(), invoice.balance(), invoice.totalAmt(), currency, debtor, country);
		return new MappedInvoice(draft, notes);
	}

	private static @Nullable String customerId(QboInvoice invoice, @Nullable QboCustomer customer) {
		if (customer != null && clean(customer.id()) != null) {
			return clean(customer.id());
		}
		QboRef ref = invoice.customerRef();
		return (ref != null) ? clean(ref.value()) : null;
	}

	private static @Nullable String currency(QboInvoice invoice, CompanySnapshot company, List<FieldIssue> notes) {
		String code = (invoice.currencyRef() != null) ? clean(invoice.currencyRef().value()) : null;
		if (code != null) {
			return code.toUpperCase(Locale.ROOT);
		}
		String home = clean(company.homeCurrency());
		if (company.multiCurrencyEnabled() && home != null) {
			notes.add(MappingNote.CURRENCY_FROM_HOME.issue(CaseFields.CURRENCY,
					"The invoice names no currency; the company's home currency " + home + " is used"));
		}
		return (home != null) ? home.toUpperCase(Locale.ROOT) : null;
	}

	private static Debtor debtor(QboInvoice invoice, @Nullable QboCustomer customer, @Nullable PostalAddress address,
			List<FieldIssue> notes) {
		String country = (address != null && Countries.isIsoAlpha2(address.country())) ? address.country() : null;
		DebtorType type = null;
		String name;
		if (customer == null) {
			name = (invoice.customerRef() != null) ? clean(invoice.customerRef().name()) : null;
			notes.add(MappingNote.CUSTOMER_NOT_FOUND.issue(CaseFields.DEBTOR_NAME,
					"QuickBooks no longer has this invoice's customer; the name on the invoice is used"));
		}
		else {
			String companyName = clean(customer.companyName());
			if (companyName != null) {
				type = DebtorType.COMPANY;
				name = companyName;
			}
			else {
				type = DebtorType.PERSON;
				name = displayName(customer);
				if (name == null) {
					name = clean(Stream.of(clean(customer.givenName()), clean(customer.familyName()))
						.filter((part) -> part != null)
						.reduce((given, family) -> given + " " + family)
						.orElse(null));
				}
			}
			if (Boolean.FALSE.equals(customer.active())) {
				notes.add(MappingNote.CUSTOMER_INACTIVE.issue(CaseFields.DEBTOR_NAME,
						"The customer is inactive in QuickBooks; its unpaid invoices are still owed"));
			}
		}
		String email = email(invoice, customer, notes);
		String phone = phone(customer, country);
		return new Debtor(type, name, email, phone, address);
	}

	/** QuickBooks renames an inactive customer to {@code <name> (deleted)}; the debtor's name is without it. */
	private static @Nullable String displayName(QboCustomer customer) {
		String name = clean(customer.displayName());
		if (name != null && Boolean.FALSE.equals(customer.active()) && name.endsWith(DELETED_SUFFIX)) {
			return clean(name.substring(0, name.length() - DELETED_SUFFIX.length()));
		}
		return name;
	}

	private static @Nullable String email(QboInvoice invoice, @Nullable QboCustomer customer, List<FieldIssue> notes) {
		String text = address(invoice.billEmail());
		if (text == null && customer != null) {
			text = address(customer.primaryEmailAddr());
		}
		if (text == null) {
			return null;
		}
		List<String> addresses = EMAIL_SEPARATORS.splitAsStream(text).map(InvoiceMapping::clean)
			.filter((address) -> address != null)
			.toList();
		if (addresses.size() > 1) {
			notes.add(MappingNote.DEBTOR_EMAIL_FIRST_OF_SEVERAL.issue(CaseFields.DEBTOR_EMAIL, "The invoice is sent to "
					+ addresses.size() + " addresses; the first is the debtor's e-mail address"));
		}
		return addresses.isEmpty() ? null : addresses.get(0);
	}

	private static @Nullable String address(@Nullable QboEmail email) {
		return (email != null) ? clean(email.address()) : null;
	}

	/** The primary phone, else the mobile; a valid one in E.164 is preferred, else the first as typed. */
	private static @Nullable String phone(@Nullable QboCustomer customer, @Nullable String country) {
		if (customer == null) {
			return null;
		}
		List<String> numbers = Stream.of(customer.primaryPhone(), customer.mobile())
			.map((phone) -> (phone != null) ? clean(phone.freeFormNumber()) : null)
			.filter((number) -> number != null)
			.toList();
		for (String number : numbers) {
			Optional<String> e164 = PhoneNumbers.toE164(number, country);
			if (e164.isPresent()) {
				return e164.get();
			}
		}
		return numbers.isEmpty() ? null : numbers.get(0);
	}

	private static @Nullable PostalAddress address(QboInvoice invoice, @Nullable QboCustomer customer,
			CompanySnapshot company, List<FieldIssue> notes) {
		QboAddress given = invoice.billAddr();
		if (isEmpty(given)) {
			given = (customer != null) ? customer.billAddr() : null;
			if (isEmpty(given)) {
				return null;
			}
			notes.add(MappingNote.ADDRESS_FROM_CUSTOMER.issue(CaseFields.ADDRESS_LINES,
					"The invoice has no billing address; the customer's billing address is used"));
		}
		List<String> lines = new ArrayList<>(Stream.of(given.line1(), given.line2(), given.line3(), given.line4(),
				given.line5())
			.map(InvoiceMapping::clean)
			.filter((line) -> line != null)
			.toList());
		String city = clean(given.city());
		String region = clean(given.countrySubDivisionCode());
		String postalCode = clean(given.postalCode());
		String countryText = clean(given.country());
		String country;
		if (countryText != null) {
			country = Countries.toIsoAlpha2(countryText).orElse(countryText);
		}
		else {
			country = Countries.toIsoAlpha2(company.country()).orElse(null);
			if (country != null) {
				notes.add(MappingNote.ADDRESS_COUNTRY_ASSUMED.issue(CaseFields.ADDRESS_COUNTRY,
						"The address names no country; the company's country, " + Countries.englishName(country)
								+ ", is assumed"));
			}
		}
		boolean northAmerican = "US".equals(country) || "CA".equals(country);
		if (northAmerican && city == null && postalCode == null && !lines.isEmpty()) {
			Matcher matcher = CITY_REGION_POSTAL_CODE.matcher(lines.get(lines.size() - 1));
			if (matcher.matches()) {
				lines.remove(lines.size() - 1);
				city = matcher.group(1).strip();
				region = (region != null) ? region : matcher.group(2).toUpperCase(Locale.ROOT);
				postalCode = matcher.group(3).toUpperCase(Locale.ROOT);
				notes.add(MappingNote.ADDRESS_READ_FROM_LINES.issue(CaseFields.ADDRESS_CITY,
						"City, state and postal code were written in a street line and were read from it"));
			}
		}
		if (region != null && Countries.isIsoAlpha2(country)) {
			region = Regions.toCode(country, region).orElse(region);
		}
		return new PostalAddress(lines, city, region, postalCode, country);
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
