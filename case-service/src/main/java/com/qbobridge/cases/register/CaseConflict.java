package com.qbobridge.cases.register;

import org.jspecify.annotations.Nullable;

/**
 * Why a case could not be stored: the open case of the same invoice, or the case that already uses the creditor
 * reference. The invoice wins when both apply, since then the approval repeats a case rather than clashing with one.
 *
 * @param sameInvoice the account's open case of the same invoice, if any
 * @param sameReference the account's case with the same creditor reference, if any
 */
public record CaseConflict(@Nullable CaseId sameInvoice, @Nullable CaseId sameReference) {

	/**
	 * Whether an existing case explains the conflict.
	 * @return {@code false} when neither case exists (any more)
	 */
	public boolean explained() {
		return this.sameInvoice != null || this.sameReference != null;
	}

}
