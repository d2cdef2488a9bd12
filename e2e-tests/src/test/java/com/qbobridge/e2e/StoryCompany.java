package com.qbobridge.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * A QuickBooks company whose invoices tell the whole story, dated relative to today: in the due-date range
 * [today-90, today-10] one ready invoice, one whose debtor lacks a postal code, one partly paid; outside it a paid
 * invoice and an old one. Nothing else, so every expectation is exact.
 */
final class StoryCompany {

	final String prefix;

	final String ready;

	final String missingPostalCode;

	final String paid;

	final String outOfRange;

	final String partlyPaid;

	final String realmId;

	final String otherRealmId;

	final String username;

	final String password = "sandbox-e2e";

	private StoryCompany(String prefix, String realmId, String otherRealmId, String username) {
		this.prefix = prefix;
		this.ready = prefix + "-1001";
		this.missingPostalCode = prefix + "-1002";
		this.paid = prefix + "-1003";
		this.outOfRange = prefix + "-1004";
		this.partlyPaid = prefix + "-1005";
		this.realmId = realmId;
		this.otherRealmId = otherRealmId;
		this.username = username;
	}

	/**
	 * Creates the company, a second one (so the company picker shows) and a sandbox user owning both.
	 * @param prefix starts every invoice number, so that stories of one account never share a creditor reference
	 */
	static StoryCompany create(SandboxAdmin sandbox, String username, String prefix) {
		String realm = sandbox.createEmptyRealm("Story Supplies Inc", "US", "USD");
		String other = sandbox.createEmptyRealm("Other Ventures LLC", "US", "USD");
		LocalDate today = LocalDate.now();
		sandbox.loadEntities(realm, Map.of("Customer", List.of(
				customer("1", "Acme Hardware Inc", "Acme Hardware Inc",
						address("100 Market St", "San Francisco", "CA", "94105", "USA")),
				customer("2", "Jane Doe", null, address("22 Elm St", "Austin", "TX", null, "United States")),
				customer("3", "Paid Up LLC", "Paid Up LLC", address("9 Pine Rd", "Denver", "CO", "80202", "US"))),
				"Invoice",
				List.of(invoice("101", prefix + "-1001", "1", today.minusDays(60), today.minusDays(30), "1250.00", "1250.00"),
						invoice("102", prefix + "-1002", "2", today.minusDays(50), today.minusDays(20), "480.00",
								"480.00"),
						invoice("103", prefix + "-1003", "3", today.minusDays(55), today.minusDays(25), "900.00", "0"),
						invoice("104", prefix + "-1004", "1", today.minusDays(230), today.minusDays(200), "300.00",
								"300.00"),
						invoice("105", prefix + "-1005", "3", today.minusDays(45), today.minusDays(15), "2000.00",
								"750.00"))));
		sandbox.createUser(username, "sandbox-e2e", List.of(realm, other));
		return new StoryCompany(prefix, realm, other, username);
	}

	static LocalDate from() {
		return LocalDate.now().minusDays(90);
	}

	static LocalDate to() {
		return LocalDate.now().minusDays(10);
	}

	static Map<String, Object> address(String line1, String city, String region, String postalCode,
			String country) {
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("Line1", line1);
		address.put("City", city);
		address.put("CountrySubDivisionCode", region);
		if (postalCode != null) {
			address.put("PostalCode", postalCode);
		}
		address.put("Country", country);
		return address;
	}

	static Map<String, Object> customer(String id, String displayName, String companyName,
			Map<String, Object> billAddr) {
		Map<String, Object> customer = new LinkedHashMap<>();
		customer.put("Id", id);
		customer.put("SyncToken", "0");
		customer.put("DisplayName", displayName);
		if (companyName != null) {
			customer.put("CompanyName", companyName);
		}
		else {
			customer.put("GivenName", displayName.split(" ")[0]);
			customer.put("FamilyName", displayName.split(" ")[1]);
		}
		customer.put("PrimaryEmailAddr", Map.of("Address", "billing" + id + "@example.com"));
		customer.put("PrimaryPhone", Map.of("FreeFormNumber", "(415) 555-01" + id + "4"));
		customer.put("BillAddr", billAddr);
		customer.put("Active", true);
		customer.put("MetaData", Map.of("CreateTime", "2026-01-05T10:00:00-08:00", "LastUpdatedTime",
				"2026-01-05T10:00:00-08:00"));
		return customer;
	}

	static Map<String, Object> invoice(String id, String docNumber, String customerId, LocalDate txnDate,
			LocalDate dueDate, String total, String balance) {
		return Map.of("Id", id, "SyncToken", "0", "DocNumber", docNumber, "TxnDate", txnDate.toString(), "DueDate",
				dueDate.toString(), "TotalAmt", new BigDecimal(total), "Balance",
				new BigDecimal(balance), "CustomerRef", Map.of("value", customerId), "Line",
				List.of(Map.of("Amount", new BigDecimal(total), "DetailType", "SalesItemLineDetail",
						"Description", "Services")),
				"MetaData", Map.of("CreateTime", txnDate + "T09:00:00-08:00", "LastUpdatedTime",
						txnDate + "T09:00:00-08:00"));
	}

}
