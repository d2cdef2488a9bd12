package com.qbobridge.cases.register;

import java.util.List;

/**
 * One page of an account's cases, newest first, with what a client needs to page on.
 *
 * @param content the cases on this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param totalElements how many cases match the filter
 * @param totalPages how many pages of this size there are
 */
public record CasePage(List<CollectionCase> content, int page, int size, long totalElements, long totalPages) {

	public CasePage {
		content = List.copyOf(content);
	}

	static CasePage of(List<CollectionCase> content, CaseFilter filter, long total) {
		return new CasePage(content, filter.page(), filter.size(), total, (total + filter.size() - 1) / filter.size());
	}

}
