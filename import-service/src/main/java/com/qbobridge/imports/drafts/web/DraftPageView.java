package com.qbobridge.imports.drafts.web;

import java.time.LocalDate;
import java.util.List;

import com.qbobridge.imports.drafts.DraftPage;
import com.qbobridge.imports.drafts.DraftQuery;
import com.qbobridge.imports.drafts.DraftState;

/**
 * One page of an import's drafts as the API answers it, so that an import of thousands of invoices is read a page
 * at a time.
 *
 * @param content the drafts of the page
 * @param page the page, from 0
 * @param size drafts per page
 * @param totalElements drafts matching the filter on all pages
 * @param totalPages pages of that size
 * @param counts the import's drafts per status, whatever the filter
 */
public record DraftPageView(List<DraftView> content, int page, int size, long totalElements, int totalPages,
		Counts counts) {

	static DraftPageView of(DraftPage page, DraftQuery query, LocalDate today) {
		long ready = page.counts().getOrDefault(DraftState.READY, 0L);
		long needsAttention = page.counts().getOrDefault(DraftState.NEEDS_ATTENTION, 0L);
		long approved = page.counts().getOrDefault(DraftState.APPROVED, 0L);
		int totalPages = (int) ((page.matching() + query.size() - 1) / query.size());
		return new DraftPageView(page.drafts().stream().map((draft) -> DraftView.of(draft, today)).toList(),
				query.page(), query.size(), page.matching(), totalPages,
				new Counts(ready + needsAttention + approved, ready, needsAttention, approved));
	}

	/**
	 * How many drafts the import has, in all and per status.
	 *
	 * @param all every draft
	 * @param ready ready to approve
	 * @param needsAttention to fix first
	 * @param approved waiting for case-service
	 */
	public record Counts(long all, long ready, long needsAttention, long approved) {

	}

}
