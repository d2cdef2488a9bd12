package com.qbobridge.sandbox.data;

import java.util.List;

import com.qbobridge.sandbox.accounting.Customer;
import com.qbobridge.sandbox.accounting.Invoice;

/**
 * Customers and invoices to put into a realm, generated or loaded from QBO JSON.
 *
 * @param customers the customers
 * @param invoices the invoices
 */
public record Dataset(List<Customer> customers, List<Invoice> invoices) {

	public Dataset {
		customers = List.copyOf(customers);
		invoices = List.copyOf(invoices);
	}

}
