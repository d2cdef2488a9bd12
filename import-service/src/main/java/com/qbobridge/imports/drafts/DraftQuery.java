package com.qbobridge.imports.drafts;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Which page of an import's drafts to read, in which order and with which status, so that the database does the
 * filtering, sorting and paging.
 *
 * @param status only drafts in this state, or all when null
 * @param sort the column to sort by
 * @param descending whether to sort from the largest value down
 * @param page the page, from 0
 * @param size drafts per page, 1 to {@link #MAX_SIZE}
 */
public record DraftQuery(@Nullable DraftState status, Sort sort, boolean descending, int page, int size) {

	/** The largest page a caller may ask for. */
	public static final int MAX_SIZE = 500;

	public DraftQuery {
		Assert.notNull(sort, "sort must not be null");
		Assert.isTrue(page >= 0, "page must not be negative");
		Assert.isTrue(size >= 1 && size <= MAX_SIZE, "size must be between 1 and " + MAX_SIZE);
	}

	/**
	 * The columns drafts can be sorted by; ties keep invoice order.
	 */
	public enum Sort {

		SEQUENCE, INVOICE_NUMBER, DEBTOR, AMOUNT, DUE_DATE, DAYS_OVERDUE, STATUS

	}

}
