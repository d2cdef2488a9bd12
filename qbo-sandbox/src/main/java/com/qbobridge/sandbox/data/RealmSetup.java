package com.qbobridge.sandbox.data;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;

import com.qbobridge.sandbox.accounting.CompanyProfile;
import com.qbobridge.sandbox.accounting.Customer;
import com.qbobridge.sandbox.accounting.FieldLengths;
import com.qbobridge.sandbox.accounting.Invoice;
import com.qbobridge.sandbox.accounting.Realm;
import com.qbobridge.sandbox.accounting.Realms;
import com.qbobridge.sandbox.accounting.ValueTooLong;
import com.qbobridge.sandbox.common.IntuitTime;

/**
 * Creates realms from a dataset spec and loads entities into them, filling what loaded JSON may leave out.
 */
@Service
public class RealmSetup {

	private final Realms realms;

	private final Clock clock;

	public RealmSetup(Realms realms, Clock clock) {
		this.realms = realms;
		this.clock = clock;
	}

	/** Creates (or replaces) the realm with generated data. */
	public Realm create(String realmId, DatasetSpec spec) {
		LocalDate today = LocalDate.now(this.clock.withZone(IntuitTime.ZONE));
		LocalDate asOf = (spec.asOf() != null) ? spec.asOf() : today;
		OffsetDateTime createdAt = asOf.minusYears(3).atTime(9, 0).atZone(IntuitTime.ZONE).toOffsetDateTime();
		Realm realm = new Realm(realmId, new CompanyProfile(spec.companyName(), spec.country(), spec.homeCurrency(),
				spec.multiCurrencyEnabled(), createdAt, CompanyAddresses.of(spec.country())));
		load(realm, DatasetGenerator.generate(spec, today));
		this.realms.put(realm);
		return realm;
	}

	/**
	 * Adds or replaces the dataset's customers and invoices in the realm, as QuickBooks creates them: a text longer
	 * than Intuit allows refuses the whole dataset and changes nothing.
	 * @throws ValueTooLong naming the first such field
	 */
	public void load(Realm realm, Dataset dataset) {
		dataset.customers().forEach(FieldLengths::check);
		dataset.invoices().forEach(FieldLengths::check);
		plant(realm, dataset);
	}

	/**
	 * Adds or replaces the dataset's customers and invoices without Intuit's length limits, so that tests can hold
	 * data QuickBooks itself would refuse (a damaged company, a changed limit) and prove a client survives it.
	 */
	public void plant(Realm realm, Dataset dataset) {
		OffsetDateTime now = IntuitTime.entityTime(this.clock.instant());
		for (Customer customer : dataset.customers()) {
			realm.putCustomer(customer.completed((customer.id() != null) ? customer.id() : realm.nextId(), now));
		}
		for (Invoice invoice : dataset.invoices()) {
			if (invoice.customerRef() == null) {
				throw new IllegalArgumentException("Invoice " + invoice.id() + " has no CustomerRef.");
			}
			realm.putInvoice(invoice.completed((invoice.id() != null) ? invoice.id() : realm.nextId(), now));
		}
	}

}
