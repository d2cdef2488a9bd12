package com.qbobridge.reliability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Invoices and customers no well-behaved QuickBooks company holds, as qbo-sandbox can store them: missing fields,
 * values of the wrong JSON type (QuickBooks coerces them), markup, NUL, control, zero-width and bidi characters,
 * unknown currencies and countries, negative, zero, huge and over-precise amounts, dates out of range, and (in their
 * own company) 1 MB strings.
 */
final class HostileInvoices {

	/** A kind of hostile invoice and whether a case could honestly be made from it. */
	enum Kind {

		BLANK_CUSTOMER_REF(true, (invoice) -> invoice.put("CustomerRef", Map.of("value", ""))),
		UNKNOWN_CUSTOMER(true, (invoice) -> invoice.put("CustomerRef", Map.of("value", "99999"))),
		NO_DATES(true, (invoice) -> {
			invoice.remove("TxnDate");
			invoice.remove("DueDate");
		}),
		DATES_BEFORE_1900(true, (invoice) -> {
			invoice.put("TxnDate", "0001-01-01");
			invoice.put("DueDate", "0001-01-31");
		}),
		DATES_AFTER_2199(true, (invoice) -> {
			invoice.put("TxnDate", "9999-12-01");
			invoice.put("DueDate", "9999-12-31");
		}),
		DUE_BEFORE_INVOICE_DATE(false, (invoice) -> invoice.put("DueDate", "2001-01-01")),
		NEGATIVE_TOTAL(false, (invoice) -> invoice.put("TotalAmt", new BigDecimal("-100.00"))),
		ZERO_TOTAL(false, (invoice) -> invoice.put("TotalAmt", BigDecimal.ZERO)),
		HUGE_AMOUNT(true, (invoice) -> {
			invoice.put("TotalAmt", new BigDecimal("123456789012345678901234.00"));
			invoice.put("Balance", new BigDecimal("123456789012345678901234.00"));
		}),
		MORE_DECIMALS_THAN_THE_CURRENCY(true, (invoice) -> {
			invoice.put("TotalAmt", new BigDecimal("12.34567"));
			invoice.put("Balance", new BigDecimal("12.34567"));
		}),
		UNKNOWN_CURRENCY(true, (invoice) -> invoice.put("CurrencyRef", Map.of("value", "ZZZ", "name", "Zorkmid"))),
		UNKNOWN_COUNTRY(true, (invoice) -> invoice.put("CustomerRef", Map.of("value", "101"))),
		NUL_IN_INVOICE_NUMBER(true, (invoice) -> invoice.put("DocNumber", invoice.get("DocNumber") + "\u0000X")),
		ZERO_WIDTH_IN_INVOICE_NUMBER(true,
				(invoice) -> invoice.put("DocNumber", invoice.get("DocNumber") + "\u200B\uFEFF")),
		BIDI_IN_DEBTOR_NAME(true, (invoice) -> invoice.put("CustomerRef", Map.of("value", "102"))),
		MARKUP_IN_DEBTOR_NAME(false, (invoice) -> invoice.put("CustomerRef", Map.of("value", "103"))),
		MARKUP_IN_INVOICE_NUMBER(false,
				(invoice) -> invoice.put("DocNumber", invoice.get("DocNumber") + "<img src=x onerror=alert(1)>")),
		OVER_LONG_DEBTOR_NAME(true, (invoice) -> invoice.put("CustomerRef", Map.of("value", "104"))),
		CONTROL_CHARACTERS_IN_DEBTOR_NAME(true, (invoice) -> invoice.put("CustomerRef", Map.of("value", "105"))),
		NO_LINES(false, (invoice) -> invoice.put("Line", List.of())),
		NON_LATIN_DEBTOR_NAME(false, (invoice) -> invoice.put("CustomerRef", Map.of("value", "106"))),
		UNUSABLE_CONTACT_VALUES(false, (invoice) -> invoice.put("CustomerRef", Map.of("value", "107"))),
		MARKUP_AND_NUL_IN_PRIVATE_NOTE(false,
				(invoice) -> invoice.put("PrivateNote", "<script>alert('note')</script>\u0000\u202E")),
		WRONG_JSON_TYPES(false, (invoice) -> {
			invoice.put("DocNumber", 4711_0000L + Long.parseLong(String.valueOf(invoice.get("Id"))));
			invoice.put("Balance", String.valueOf(invoice.get("Balance")));
			invoice.put("SyncToken", 0);
		});

		/** No case may be made from it: its draft must never be READY. */
		final boolean mustNotBeReady;

		private final Consumer<Map<String, Object>> damage;

		Kind(boolean mustNotBeReady, Consumer<Map<String, Object>> damage) {
			this.mustNotBeReady = mustNotBeReady;
			this.damage = damage;
		}

	}

	/** The markup a page must show escaped. */
	static final String SCRIPT = "<script>alert('xss')</script>";

	private HostileInvoices() {
	}

	/**
	 * The kinds of the main hostile company: all but the NUL in the invoice number, which mapping-service
	 * dead-letters and import-service then never counts (its own scenario), so that it does not hide the rest.
	 */
	static final List<Kind> KINDS = java.util.Arrays.stream(Kind.values())
		.filter((kind) -> kind != Kind.NUL_IN_INVOICE_NUMBER)
		.toList();

	static Kind kindOf(int i) {
		return KINDS.get(i % KINDS.size());
	}

	/** The i-th hostile invoice: a well-formed one of the prefix, then damaged as its kind says. */
	static Map<String, Object> invoice(String prefix, int i) {
		return invoice(prefix, i, kindOf(i));
	}

	/** Invoice {@code i} damaged as a kind says. */
	static Map<String, Object> invoice(String prefix, int i, Kind kind) {
		Map<String, Object> invoice = TestCompany.invoice(prefix, i);
		// every hostile invoice is unpaid, so every one must arrive
		invoice.put("Balance", invoice.get("TotalAmt"));
		kind.damage.accept(invoice);
		return invoice;
	}

	/** Invoice {@code i} carrying a 1 MB string (invoice number, note or debtor name). */
	static Map<String, Object> megabyteInvoice(String prefix, int i) {
		Map<String, Object> invoice = TestCompany.invoice(prefix, i);
		invoice.put("Balance", invoice.get("TotalAmt"));
		switch (i % 3) {
			case 0 -> invoice.put("PrivateNote", "N".repeat(1 << 20));
			case 1 -> invoice.put("DocNumber", prefix + "-" + "D".repeat(1 << 20));
			default -> invoice.put("CustomerRef", Map.of("value", "108"));
		}
		return invoice;
	}

	/** Customers 101-108 that the kinds above refer to. */
	static List<Map<String, Object>> customers() {
		List<Map<String, Object>> customers = new ArrayList<>();
		customers.add(customer("101", "Atlantis Trading Ltd", "Atlantis", "billing101@example.com"));
		customers.add(customer("102", "Evil \u202Egnp.exe Holdings", "USA", "billing102@example.com"));
		customers.add(customer("103", SCRIPT + " & \"Sons\" <b>Ltd</b>", "USA", "billing103@example.com"));
		customers.add(customer("104", "Long".repeat(2_000) + " Corp", "USA", "billing104@example.com"));
		customers.add(customer("105", "Bell\u0007Escape\u001B[31m Inc", "USA", "billing105@example.com"));
		customers.add(customer("106", "株式会社 Ünïcødé 😀 Ltd", "USA", "billing106@example.com"));
		customers.add(customer("107", "Contact Garbage LLC", "USA", "not an email <x@y>; DROP TABLE cases;--"));
		customers.add(customer("108", "M".repeat(1 << 20), "USA", "billing108@example.com"));
		return customers;
	}

	private static Map<String, Object> customer(String id, String name, String country, String email) {
		Map<String, Object> customer = new LinkedHashMap<>();
		customer.put("Id", id);
		customer.put("SyncToken", "0");
		customer.put("DisplayName", name.length() > 500 ? name.substring(0, 500) + id : name);
		customer.put("CompanyName", name);
		customer.put("PrimaryEmailAddr", Map.of("Address", email));
		customer.put("PrimaryPhone", Map.of("FreeFormNumber", "+++ call me \u0000"));
		customer.put("BillAddr", Map.of("Line1", "1 <i>Main</i> St", "City", "Nowhere", "CountrySubDivisionCode", "CA",
				"PostalCode", "94105", "Country", country));
		customer.put("Active", true);
		customer.put("MetaData", Map.of("CreateTime", "2026-01-05T10:00:00-08:00", "LastUpdatedTime",
				"2026-01-05T10:00:00-08:00"));
		return customer;
	}

}
