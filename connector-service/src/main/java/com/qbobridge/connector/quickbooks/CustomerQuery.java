package com.qbobridge.connector.quickbooks;

import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.util.Assert;

/**
 * Customers by id, active or not: a query without {@code Active in (true, false)} would silently skip inactive
 * customers, whose unpaid invoices are still owed.
 */
public final class CustomerQuery {

	private CustomerQuery() {
	}

	/**
	 * The query for a batch of customers.
	 * @param ids customer ids, 1 to 1000 of them
	 * @return {@code select * from Customer where Id in ('1', '2') and Active in (true, false) maxresults n}
	 */
	public static String byIds(Collection<String> ids) {
		Assert.notEmpty(ids, "ids must not be empty");
		Assert.isTrue(ids.size() <= 1000, "at most 1000 ids per query");
		String list = ids.stream().map(CustomerQuery::quote).collect(Collectors.joining(", "));
		return "select * from Customer where Id in (" + list + ") and Active in (true, false) maxresults "
				+ ids.size();
	}

	/** Intuit's query language escapes a quote inside a literal with a backslash. */
	static String quote(String value) {
		return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

}
