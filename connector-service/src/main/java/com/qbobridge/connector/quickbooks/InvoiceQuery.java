package com.qbobridge.connector.quickbooks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.qbobridge.schemas.imports.DateField;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The unpaid invoices of an import in Intuit's query language: {@code Balance > '0'} plus an optional, inclusive
 * range on {@code TxnDate} or {@code DueDate}, read in pages keyed by id ({@code Id > '<last id>' orderby Id}) rather
 * than by position, so that an invoice paid while the import runs cannot shift a later invoice past a page boundary.
 * Intuit compares and sorts {@code Id} by number and refuses a page of more than 1000.
 *
 * @param dateField the date the range applies to
 * @param from first day included, or open
 * @param to last day included, or open
 */
public record InvoiceQuery(DateField dateField, @Nullable LocalDate from, @Nullable LocalDate to) {

	/** The largest page Intuit answers; a larger {@code maxresults} is a QueryValidationError. */
	public static final int MAX_RESULTS = 1000;

	/** {@code MetaData} times as Intuit writes them, e.g. {@code 2026-11-25T10:15:30+00:00}. */
	private static final DateTimeFormatter INTUIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	public InvoiceQuery {
		Assert.notNull(dateField, "dateField must not be null");
		Assert.isTrue(from == null || to == null || !from.isAfter(to), "from must not be after to");
	}

	/**
	 * The query of one page: the matching invoices with an id above the last one read, in id order.
	 * @param afterId the id of the last invoice of the previous page, {@code null} for the first page
	 * @param maxResults page size, 1 to 1000
	 * @return e.g. {@code select * from Invoice where Balance > '0' and Id > '1234' orderby Id maxresults 1000}
	 */
	public String page(@Nullable String afterId, int maxResults) {
		return page(afterId, null, maxResults);
	}

	/**
	 * The query of one page within a range of ids, so that several ranges can be walked side by side.
	 * @param afterId the id of the last invoice read (or the range's exclusive lower bound), {@code null} for none
	 * @param upToId the range's inclusive upper bound, {@code null} for none
	 * @param maxResults page size, 1 to 1000
	 * @return e.g. {@code select * from Invoice where Balance > '0' and Id > '1234' and Id <= '5000' orderby Id
	 * maxresults 1000}
	 */
	public String page(@Nullable String afterId, @Nullable String upToId, int maxResults) {
		Assert.isTrue(afterId == null || !afterId.isBlank(), "afterId must not be blank");
		Assert.isTrue(upToId == null || !upToId.isBlank(), "upToId must not be blank");
		Assert.isTrue(maxResults >= 1 && maxResults <= MAX_RESULTS, "maxResults must be 1 to 1000");
		List<String> conditions = conditions();
		if (afterId != null) {
			conditions.add("Id > " + CustomerQuery.quote(afterId));
		}
		if (upToId != null) {
			conditions.add("Id <= " + CustomerQuery.quote(upToId));
		}
		return "select * from Invoice where " + String.join(" and ", conditions) + " orderby Id maxresults "
				+ maxResults;
	}

	/**
	 * The invoice at a position of the id order, e.g. to split the ids into ranges holding as many invoices each.
	 * @param position 1-based
	 * @return {@code select * from Invoice where ... orderby Id startposition <position> maxresults 1}
	 */
	public String at(long position) {
		return "select * from Invoice where " + String.join(" and ", conditions()) + " orderby Id startposition "
				+ position + " maxresults 1";
	}

	/**
	 * The query for the matching invoice with the lowest or the highest id, to split the ids into ranges.
	 * @param highest {@code true} for the highest id
	 * @return {@code select * from Invoice where ... orderby Id [desc] maxresults 1}
	 */
	public String edge(boolean highest) {
		return "select * from Invoice where " + String.join(" and ", conditions()) + " orderby Id"
				+ (highest ? " desc" : "") + " maxresults 1";
	}

	/**
	 * The query counting every matching invoice.
	 * @return {@code select count(*) from Invoice where ...}
	 */
	public String count() {
		return "select count(*) from Invoice where " + String.join(" and ", conditions());
	}

	/**
	 * The query counting the invoices in the import's date range that changed (were paid, voided, edited or created)
	 * since a moment, paid or not.
	 * @param since the moment, to the second (Intuit's {@code MetaData} times have no fraction)
	 * @return {@code select count(*) from Invoice where MetaData.LastUpdatedTime >= '...' ...}
	 */
	public String changedSince(Instant since) {
		Assert.notNull(since, "since must not be null");
		List<String> conditions = new ArrayList<>();
		conditions.add("MetaData.LastUpdatedTime >= '"
				+ INTUIT_TIME.format(since.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)) + "'");
		conditions.addAll(dateRange());
		return "select count(*) from Invoice where " + String.join(" and ", conditions);
	}

	/**
	 * Invoices by id, paid, voided or open: what became of the invoices behind cases. A deleted invoice is simply
	 * not returned.
	 * @param ids invoice ids, 1 to 1000 of them
	 * @return {@code select * from Invoice where Id in ('1', '2') maxresults n}
	 */
	public static String byIds(Collection<String> ids) {
		Assert.notEmpty(ids, "ids must not be empty");
		Assert.isTrue(ids.size() <= 1000, "at most 1000 ids per query");
		String list = ids.stream().map(CustomerQuery::quote).collect(Collectors.joining(", "));
		return "select * from Invoice where Id in (" + list + ") maxresults " + ids.size();
	}

	private List<String> conditions() {
		List<String> conditions = new ArrayList<>();
		conditions.add("Balance > '0'");
		conditions.addAll(dateRange());
		return conditions;
	}

	private List<String> dateRange() {
		List<String> conditions = new ArrayList<>();
		String field = (this.dateField == DateField.DUE_DATE) ? "DueDate" : "TxnDate";
		if (this.from != null) {
			conditions.add(field + " >= '" + this.from + "'");
		}
		if (this.to != null) {
			conditions.add(field + " <= '" + this.to + "'");
		}
		return conditions;
	}

}
