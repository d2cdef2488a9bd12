package com.qbobridge.mapping.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.qbobridge.rules.CaseFields;
import com.qbobridge.rules.Countries;
import com.qbobridge.rules.PhoneNumbers;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
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

	/** Starts the reference of an invoice without a number, made from its QuickBooks id. */
	static final String ID_REFERENCE_PREFIX = "QB-";

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
			// Prefixed: Intuit's ids and invoice numbers are both counters, so a bare id would clash with the number
			// of another invoice of the company, and case-service refuses a second case under one reference.
			reference = ID_REFERENCE_PREFIX + invoiceId;
			notes.add(MappingNote.CREDITOR_REFERENCE_FROM_ID.issue(CaseFields.CREDITOR_REFERENCE,
					"The invoice has no number; the reference " + reference + " is made from its QuickBooks id "
							+ invoiceId));
		}
		String currency = currency(invoice, company, notes);
		BilledParty party = BilledParty.of(event, notes);
		PostalAddress address = BillingAddresses.of(invoice, party, company, notes);
		String country = (address != null) ? address.country() : null;
		Debtor debtor = debtor(invoice, party, address, notes);
		CaseDraft draft = new CaseDraft(DraftIds.of(connectionId, realmId, invoiceId, syncToken), source, reference,
				invoice.txnDate(), invoice.dueDate(), invoice.balance(), invoice.totalAmt(), currency, debtor, country,
				invoice.balance());
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

	private static Debtor debtor(QboInvoice invoice, BilledParty party, @Nullable PostalAddress address,
			List<FieldIssue> notes) {
		String country = (address != null && Countries.isIsoAlpha2(address.country())) ? address.country() : null;
		QboCustomer customer = party.customer();
		QboCustomer owner = party.owner();
		DebtorType type;
		String name;
		if (customer == null || owner == null) {
			name = (invoice.customerRef() != null) ? clean(invoice.customerRef().name()) : null;
			type = (name != null && DebtorNames.hasLegalForm(name)) ? DebtorType.COMPANY : null;
			notes.add(MappingNote.CUSTOMER_NOT_FOUND.issue(CaseFields.DEBTOR_NAME,
					"QuickBooks no longer has this invoice's customer; the name on the invoice is used"));
		}
		else {
			if (party.parentName() != null) {
				name = party.parentName();
				type = DebtorNames.typeOfParent(name, customer);
			}
			else {
				name = DebtorNames.name(owner);
				type = DebtorNames.type(owner);
			}
			if (Boolean.FALSE.equals(owner.active()) || Boolean.FALSE.equals(customer.active())) {
				notes.add(MappingNote.CUSTOMER_INACTIVE.issue(CaseFields.DEBTOR_NAME,
						"The customer is inactive in QuickBooks; its unpaid invoices are still owed"));
			}
		}
		String email = email(invoice, party.records(), notes);
		String phone = phone(party.records(), country);
		return new Debtor(type, name, email, phone, address);
	}

	private static @Nullable String email(QboInvoice invoice, List<QboCustomer> records, List<FieldIssue> notes) {
		String text = address(invoice.billEmail());
		for (QboCustomer record : records) {
			if (text == null) {
				text = address(record.primaryEmailAddr());
			}
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

	/**
	 * The primary phone, else the mobile, of the owing party, else of the invoice's customer; a valid one in E.164 is
	 * preferred, else the first as typed.
	 */
	private static @Nullable String phone(List<QboCustomer> records, @Nullable String country) {
		List<String> numbers = records.stream()
			.flatMap((record) -> Stream.of(record.primaryPhone(), record.mobile()))
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

	private static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
