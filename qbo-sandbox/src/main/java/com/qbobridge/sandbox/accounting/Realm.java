package com.qbobridge.sandbox.accounting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * One QuickBooks company: its profile and its customers and invoices, ordered by id so queries can page through
 * them without copying; writes are serialized per realm, reads never block.
 */
public final class Realm {

	private final String realmId;

	private final CompanyProfile profile;

	private final ConcurrentSkipListMap<String, Invoice> invoices = new ConcurrentSkipListMap<>(Ids.ORDER);

	private final ConcurrentSkipListMap<String, Customer> customers = new ConcurrentSkipListMap<>(Ids.ORDER);

	private final Map<String, Invoice> deletedInvoices = new ConcurrentHashMap<>();

	private final Map<String, BigDecimal> openBalances = new ConcurrentHashMap<>();

	private final AtomicLong lastId = new AtomicLong();

	public Realm(String realmId, CompanyProfile profile) {
		Assert.hasText(realmId, "realmId must not be empty");
		Assert.notNull(profile, "profile must not be null");
		this.realmId = realmId;
		this.profile = profile;
	}

	public String realmId() {
		return this.realmId;
	}

	public CompanyProfile profile() {
		return this.profile;
	}

	/** A new id, higher than every numeric id in this realm, for entities and payments. */
	public String nextId() {
		return Long.toString(this.lastId.incrementAndGet());
	}

	/** Invoices by id, a live read-only view. */
	public NavigableMap<String, Invoice> invoices() {
		return java.util.Collections.unmodifiableNavigableMap(this.invoices);
	}

	/** Customers by id, a live read-only view, without the derived balance. */
	public NavigableMap<String, Customer> customers() {
		return java.util.Collections.unmodifiableNavigableMap(this.customers);
	}

	public Optional<Invoice> invoice(String id) {
		return Optional.ofNullable(this.invoices.get(id));
	}

	/** A customer as the API shows it: with the open balance of its invoices. */
	public Optional<Customer> customer(String id) {
		return Optional.ofNullable(this.customers.get(id)).map(this::withBalance);
	}

	public Customer withBalance(Customer customer) {
		return customer.withBalance(this.openBalances.getOrDefault(customer.id(), BigDecimal.ZERO));
	}

	public Collection<Invoice> deletedInvoices() {
		return this.deletedInvoices.values();
	}

	public synchronized void putCustomer(Customer customer) {
		Assert.notNull(customer.id(), "customer id must not be null");
		noteId(customer.id());
		this.customers.put(customer.id(), customer);
	}

	public synchronized void putInvoice(Invoice invoice) {
		Assert.notNull(invoice.id(), "invoice id must not be null");
		noteId(invoice.id());
		Invoice previous = this.invoices.put(invoice.id(), invoice);
		this.deletedInvoices.remove(invoice.id());
		if (previous != null) {
			adjustBalance(previous.customerRef(), previous.balance().negate());
		}
		adjustBalance(invoice.customerRef(), invoice.balance());
	}

	/** Records a payment of {@code amount} against an open invoice. */
	public synchronized Invoice pay(String invoiceId, BigDecimal amount, OffsetDateTime at) {
		Invoice invoice = requireInvoice(invoiceId);
		if (amount.signum() <= 0) {
			throw new PaymentRejected("A payment amount must be positive.");
		}
		if (amount.compareTo(invoice.balance()) > 0) {
			throw new PaymentRejected(
					"A payment of " + amount + " exceeds the open balance " + invoice.balance() + " of invoice "
							+ invoiceId + ".");
		}
		Invoice paid = invoice.paid(amount, nextId(), at);
		putInvoice(paid);
		return paid;
	}

	public synchronized Invoice voidInvoice(String invoiceId, OffsetDateTime at) {
		Invoice voided = requireInvoice(invoiceId).voided(at);
		putInvoice(voided);
		return voided;
	}

	public synchronized Invoice deleteInvoice(String invoiceId, OffsetDateTime at) {
		Invoice invoice = requireInvoice(invoiceId);
		this.invoices.remove(invoiceId);
		adjustBalance(invoice.customerRef(), invoice.balance().negate());
		Invoice tombstone = invoice.deleted(at);
		this.deletedInvoices.put(invoiceId, tombstone);
		return tombstone;
	}

	private Invoice requireInvoice(String invoiceId) {
		Invoice invoice = this.invoices.get(invoiceId);
		if (invoice == null) {
			throw new InvoiceNotFound(this.realmId, invoiceId);
		}
		return invoice;
	}

	private void adjustBalance(@Nullable Ref customerRef, BigDecimal delta) {
		if (customerRef != null && delta.signum() != 0) {
			this.openBalances.merge(customerRef.value(), delta, BigDecimal::add);
		}
	}

	private void noteId(String id) {
		try {
			long numeric = Long.parseLong(id);
			this.lastId.accumulateAndGet(numeric, Math::max);
		}
		catch (NumberFormatException ex) {
			// Non-numeric ids from loaded files do not take part in id assignment.
		}
	}

}
