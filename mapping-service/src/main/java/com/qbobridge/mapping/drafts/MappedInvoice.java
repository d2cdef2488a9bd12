package com.qbobridge.mapping.drafts;

import java.util.List;
import java.util.Objects;

import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;

/**
 * A draft as read from QuickBooks, before the rules judged it, with the choices mapping made on the way.
 *
 * @param draft the draft
 * @param notes warnings about the choices mapping made ({@link MappingNote} codes)
 */
public record MappedInvoice(CaseDraft draft, List<FieldIssue> notes) {

	public MappedInvoice {
		Objects.requireNonNull(draft, "draft must not be null");
		notes = (notes != null) ? List.copyOf(notes) : List.of();
	}

}
