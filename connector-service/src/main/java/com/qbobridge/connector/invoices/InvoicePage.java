package com.qbobridge.connector.invoices;

import java.util.List;

import com.qbobridge.schemas.quickbooks.QboInvoice;

/**
 * One page of a query's invoices.
 *
 * @param number 1-based page number
 * @param invoices the invoices, at most the page size
 * @param last whether no page follows
 */
record InvoicePage(int number, List<QboInvoice> invoices, boolean last) {

	InvoicePage {
		invoices = List.copyOf(invoices);
	}

}
