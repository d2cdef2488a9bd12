package com.qbobridge.reliability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * A QuickBooks company in qbo-sandbox whose invoices this suite wrote itself: every invoice number starts with the
 * scenario's prefix (creditor references are unique per account, and every scenario imports into the same account),
 * every tenth invoice is paid, so the suite knows exactly which invoices must arrive.
 *
 * @param realmId the company
 * @param username the sandbox user who connects it
 * @param unpaidInvoiceIds the invoices the import must fetch
 * @param invoices how many invoices the company holds, paid ones included
 */
record TestCompany(String realmId, String username, Set<String> unpaidInvoiceIds, int invoices) {

	static final String PASSWORD = "sandbox-reliability";

	private static final int CHUNK = 2_000;

	/**
	 * Creates a company of well-formed invoices: each unpaid one can become a case.
	 * @param sandbox the sandbox
	 * @param prefix starts every invoice number, e.g. {@code KILL-CON}
	 * @param invoices how many invoices
	 * @return the company
	 */
	static TestCompany create(SandboxAdmin sandbox, String prefix, int invoices) {
		return create(sandbox, prefix, invoices, (i) -> invoice(prefix, i));
	}

	/**
	 * Creates a company whose invoices come from a generator, e.g. hostile ones.
	 * @param sandbox the sandbox
	 * @param prefix names the company's user
	 * @param invoices how many invoices
	 * @param generator the i-th invoice as QuickBooks JSON ({@code Id} {@code i + 1}, customer {@code CustomerRef})
	 * @return the company
	 */
	static TestCompany create(SandboxAdmin sandbox, String prefix, int invoices,
			IntFunction<Map<String, Object>> generator) {
		String realm = sandbox.createEmptyRealm(prefix + " Supplies Inc", "US", "USD");
		sandbox.loadEntities(realm, Map.of("Customer", customers(prefix)));
		Set<String> unpaid = new LinkedHashSet<>();
		List<Map<String, Object>> chunk = new ArrayList<>();
		for (int i = 0; i < invoices; i++) {
			Map<String, Object> invoice = generator.apply(i);
			Object balance = invoice.get("Balance");
			if (!(balance instanceof BigDecimal amount) || amount.signum() > 0) {
				unpaid.add(String.valueOf(invoice.get("Id")));
			}
			chunk.add(invoice);
			if (chunk.size() == CHUNK) {
				sandbox.plantEntities(realm, Map.of("Invoice", chunk));
				chunk = new ArrayList<>();
			}
		}
		if (!chunk.isEmpty()) {
			sandbox.plantEntities(realm, Map.of("Invoice", chunk));
		}
		String username = prefix.toLowerCase(java.util.Locale.ROOT) + "@reliability.example.com";
		sandbox.createUser(username, PASSWORD, List.of(realm));
		return new TestCompany(realm, username, Set.copyOf(unpaid), invoices);
	}

	/** How many customers every company has; invoice {@code i} belongs to customer {@code i % CUSTOMERS + 1}. */
	static final int CUSTOMERS = 50;

	/** The i-th well-formed invoice; every tenth is paid. */
	static Map<String, Object> invoice(String prefix, int i) {
		LocalDate today = LocalDate.now();
		LocalDate txnDate = today.minusDays(40 + (i % 300));
		String total = (100 + (i % 900)) + ".50";
		String balance = (i % 10 == 9) ? "0" : total;
		Map<String, Object> invoice = new LinkedHashMap<>();
		invoice.put("Id", String.valueOf(i + 1));
		invoice.put("SyncToken", "0");
		invoice.put("DocNumber", prefix + "-" + (i + 1));
		invoice.put("TxnDate", txnDate.toString());
		invoice.put("DueDate", txnDate.plusDays(30).toString());
		invoice.put("TotalAmt", new BigDecimal(total));
		invoice.put("Balance", new BigDecimal(balance));
		invoice.put("CustomerRef", Map.of("value", String.valueOf(i % CUSTOMERS + 1)));
		invoice.put("Line", List.of(Map.of("Amount", new BigDecimal(total), "DetailType", "SalesItemLineDetail",
				"Description", "Services")));
		invoice.put("MetaData", Map.of("CreateTime", txnDate + "T09:00:00-08:00", "LastUpdatedTime",
				txnDate + "T09:00:00-08:00"));
		return invoice;
	}

	private static List<Map<String, Object>> customers(String prefix) {
		List<Map<String, Object>> customers = new ArrayList<>();
		for (int c = 1; c <= CUSTOMERS; c++) {
			String name = prefix + " Customer " + c + " LLC";
			Map<String, Object> customer = new LinkedHashMap<>();
			customer.put("Id", String.valueOf(c));
			customer.put("SyncToken", "0");
			customer.put("DisplayName", name);
			customer.put("CompanyName", name);
			customer.put("PrimaryEmailAddr", Map.of("Address", "billing" + c + "@example.com"));
			customer.put("PrimaryPhone", Map.of("FreeFormNumber", "(415) 555-01" + String.format("%02d", c % 100)));
			customer.put("BillAddr", Map.of("Line1", c + " Market St", "City", "San Francisco",
					"CountrySubDivisionCode", "CA", "PostalCode", "94105", "Country", "USA"));
			customer.put("Active", true);
			customer.put("MetaData", Map.of("CreateTime", "2026-01-05T10:00:00-08:00", "LastUpdatedTime",
					"2026-01-05T10:00:00-08:00"));
			customers.add(customer);
		}
		return customers;
	}

}
