package com.qbobridge.schemas.connector;

import java.util.List;
import java.util.Objects;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.jspecify.annotations.Nullable;

/**
 * One unpaid invoice read from QuickBooks during an import, with the customer it bills and the company it belongs
 * to, as QuickBooks gave them.
 *
 * @param metadata the envelope; {@code connectionId} and {@code importId} are set
 * @param company the connected company (its home currency applies when the invoice has no currency)
 * @param invoice the invoice
 * @param customer the billed customer, or {@code null} when QuickBooks no longer has it
 * @param sequence 1-based position of the invoice within its import
 * @param parentCustomers when the customer is a sub-customer or job: its ancestors, nearest first (its
 * {@code ParentRef}, then that customer's, up to the top level); {@code null} when the connector did not read them
 * @param truncatedFields the texts the connector shortened so that the record fits the broker, each with the length
 * QuickBooks sent; {@code null} (absent) when nothing was shortened, as for every invoice within Intuit's field limits
 */
public record InvoiceFetched(EventMetadata metadata, CompanySnapshot company, QboInvoice invoice,
		@Nullable QboCustomer customer, long sequence, @Nullable List<QboCustomer> parentCustomers,
		@Nullable List<TruncatedField> truncatedFields) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("InvoiceFetched", 1, InvoiceFetched.class);

	public InvoiceFetched {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(company, "company must not be null");
		Objects.requireNonNull(invoice, "invoice must not be null");
		parentCustomers = (parentCustomers != null) ? List.copyOf(parentCustomers) : null;
		truncatedFields = (truncatedFields != null) ? List.copyOf(truncatedFields) : null;
	}

	/**
	 * An invoice of which nothing was shortened.
	 * @param metadata the envelope, must not be null
	 * @param company the connected company, must not be null
	 * @param invoice the invoice, must not be null
	 * @param customer the billed customer, or {@code null} when QuickBooks no longer has it
	 * @param sequence 1-based position of the invoice within its import
	 * @param parentCustomers the customer's ancestors, nearest first; {@code null} when not read
	 */
	public InvoiceFetched(EventMetadata metadata, CompanySnapshot company, QboInvoice invoice,
			@Nullable QboCustomer customer, long sequence, @Nullable List<QboCustomer> parentCustomers) {
		this(metadata, company, invoice, customer, sequence, parentCustomers, null);
	}

	/**
	 * An invoice whose customer's ancestors were not read.
	 * @param metadata the envelope, must not be null
	 * @param company the connected company, must not be null
	 * @param invoice the invoice, must not be null
	 * @param customer the billed customer, or {@code null} when QuickBooks no longer has it
	 * @param sequence 1-based position of the invoice within its import
	 */
	public InvoiceFetched(EventMetadata metadata, CompanySnapshot company, QboInvoice invoice,
			@Nullable QboCustomer customer, long sequence) {
		this(metadata, company, invoice, customer, sequence, null, null);
	}

}
