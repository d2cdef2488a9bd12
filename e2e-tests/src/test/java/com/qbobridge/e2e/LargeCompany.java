package com.qbobridge.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * A QuickBooks company at a real size for the pages: {@value #INVOICES} unpaid invoices due in the story's range,
 * {@value #MISSPELT} of them billed to customers whose country reads "Untied States" (so they need attention for one
 * reason and one bulk fix cures them), every other one ready. Dated relative to today like {@link StoryCompany}.
 */
final class LargeCompany {

	static final int INVOICES = 5_000;

	static final int MISSPELT = 30;

	final String prefix;

	final String realmId;

	final String username;

	final String password = "sandbox-e2e";

	private LargeCompany(String prefix, String realmId, String username) {
		this.prefix = prefix;
		this.realmId = realmId;
		this.username = username;
	}

	static LargeCompany create(SandboxAdmin sandbox, String username, String prefix) {
		String realm = sandbox.createEmptyRealm("Large Ledger Corp", "US", "USD");
		String other = sandbox.createEmptyRealm("Small Side Shop LLC", "US", "USD");
		LocalDate today = LocalDate.now();
		List<Map<String, Object>> customers = new ArrayList<>();
		for (int c = 1; c <= 100; c++) {
			customers.add(customer(String.valueOf(c), "Debtor " + c + " Inc", "US"));
		}
		for (int c = 901; c <= 903; c++) {
			customers.add(customer(String.valueOf(c), "Misspelt " + c + " LLC", "Untied States"));
		}
		List<Map<String, Object>> invoices = new ArrayList<>();
		for (int i = 0; i < INVOICES; i++) {
			String customer = (i < MISSPELT) ? String.valueOf(901 + i % 3) : String.valueOf(1 + i % 100);
			LocalDate due = today.minusDays(11 + i % 75);
			String amount = (100 + i % 900) + ".00";
			invoices.add(invoice(String.valueOf(10_000 + i), String.format("%s-%05d", prefix, i), customer,
					due.minusDays(30), due, amount));
		}
		sandbox.loadEntities(realm, Map.of("Customer", customers, "Invoice", invoices));
		sandbox.createUser(username, "sandbox-e2e", List.of(realm, other));
		return new LargeCompany(prefix, realm, username);
	}

	String reference(int invoice) {
		return String.format("%s-%05d", this.prefix, invoice);
	}

	private static Map<String, Object> customer(String id, String name, String country) {
		Map<String, Object> customer = new LinkedHashMap<>();
		customer.put("Id", id);
		customer.put("SyncToken", "0");
		customer.put("DisplayName", name);
		customer.put("CompanyName", name);
		customer.put("PrimaryEmailAddr", Map.of("Address", "ap" + id + "@example.com"));
		customer.put("PrimaryPhone", Map.of("FreeFormNumber", String.format("+1 415 555 %04d", Integer.parseInt(id))));
		customer.put("BillAddr", Map.of("Line1", id + " Market St", "City", "San Francisco", "CountrySubDivisionCode",
				"CA", "PostalCode", "94105", "Country", country));
		customer.put("Active", true);
		customer.put("MetaData", Map.of("CreateTime", "2026-01-05T10:00:00-08:00", "LastUpdatedTime",
				"2026-01-05T10:00:00-08:00"));
		return customer;
	}

	private static Map<String, Object> invoice(String id, String docNumber, String customerId, LocalDate txnDate,
			LocalDate dueDate, String total) {
		return Map.of("Id", id, "SyncToken", "0", "DocNumber", docNumber, "TxnDate", txnDate.toString(), "DueDate",
				dueDate.toString(), "TotalAmt", new BigDecimal(total), "Balance", new BigDecimal(total), "CustomerRef",
				Map.of("value", customerId), "Line",
				List.of(Map.of("Amount", new BigDecimal(total), "DetailType", "SalesItemLineDetail", "Description",
						"Services")),
				"MetaData",
				Map.of("CreateTime", txnDate + "T09:00:00-08:00", "LastUpdatedTime", txnDate + "T09:00:00-08:00"));
	}

}
