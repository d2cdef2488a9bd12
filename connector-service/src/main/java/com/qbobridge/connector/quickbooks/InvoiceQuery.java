package com.qbobridge.connector.quickbooks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.qbobridge.schemas.imports.DateField;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The unpaid invoices of an import in Intuit's query language: {@code Balance > '0'} plus an optional, inclusive
 * range on {@code TxnDate} or {@code DueDate}, ordered by id so that pages never overlap.
 *
 * @param dateField the date the range applies to
 * @param from first day included, or open
 * @param to last day included, or open
 */
public record InvoiceQuery(DateField dateField, @Nullable LocalDate from, @Nullable LocalDate to) {

	public InvoiceQuery {
		Assert.notNull(dateField, "dateField must not be null");
		Assert.isTrue(from == null || to == null || !from.isAfter(to), "from must not be after to");
	}

	/**
	 * The query of one page.
	 * @param startPosition 1-based position of the first invoice
	 * @param maxResults page size, at most 1000
	 * @return e.g. {@code select * from Invoice where Balance > '0' ... startposition 1 maxresults 1000}
	 */
	public String page(int startPosition, int maxResults) {
		Assert.isTrue(startPosition >= 1, "startPosition is 1-based");
		Assert.isTrue(maxResults >= 1 && maxResults <= 1000, "maxResults must be 1 to 1000");
		return "select * from Invoice where " + where() + " orderby Id startposition " + startPosition
				+ " maxresults " + maxResults;
	}

	/**
	 * The query counting every matching invoice.
	 * @return {@code select count(*) from Invoice where ...}
	 */
	public String count() {
		return "select count(*) from Invoice where " + where();
	}

	private String where() {
		List<String> conditions = new ArrayList<>();
		conditions.add("Balance > '0'");
		String field = (this.dateField == DateField.DUE_DATE) ? "DueDate" : "TxnDate";
		if (this.from != null) {
			conditions.add(field + " >= '" + this.from + "'");
		}
		if (this.to != null) {
			conditions.add(field + " <= '" + this.to + "'");
		}
		return String.join(" and ", conditions);
	}

}
