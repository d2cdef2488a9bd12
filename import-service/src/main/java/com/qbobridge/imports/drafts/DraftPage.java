package com.qbobridge.imports.drafts;

import java.util.List;
import java.util.Map;

/**
 * One page of an import's drafts with the counts the page's filter and pager need.
 *
 * @param drafts the drafts of the page
 * @param matching how many drafts match the filter on all pages
 * @param counts how many drafts the import has in each state, whatever the filter
 */
public record DraftPage(List<StoredDraft> drafts, long matching, Map<DraftState, Long> counts) {

}
