package com.qbobridge.sandbox.accounting.query;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A parsed query: entity, projection or count, conditions (all joined by {@code and}), order and page.
 *
 * @param entity the queried entity
 * @param count whether this is {@code select count(*)}
 * @param projection the selected properties, or {@code null} for {@code *}
 * @param conditions the filters, all of which must hold
 * @param orderBy the sort keys, empty for Intuit's default (by id)
 * @param startPosition the 1-based position of the first result
 * @param maxResults the page size, 1 to 1000
 */
public record Query(EntityType entity, boolean count, @Nullable List<String> projection, List<Condition> conditions,
		List<OrderBy> orderBy, int startPosition, int maxResults) {

	/** Intuit's page size when the query names none. */
	public static final int DEFAULT_MAX_RESULTS = 100;

	/** Intuit's largest page; Intuit rejects a larger {@code maxresults} with a QueryValidationError. */
	public static final int MAX_MAX_RESULTS = 1000;

	/** One {@code field op value(s)} filter. */
	public record Condition(QueryField field, Operator operator, List<Object> values) {

	}

	/** One sort key. */
	public record OrderBy(QueryField field, boolean ascending) {

	}

	/** The comparison operators Intuit's query language offers. */
	public enum Operator {

		EQ, LT, GT, LE, GE, IN, LIKE

	}

}
