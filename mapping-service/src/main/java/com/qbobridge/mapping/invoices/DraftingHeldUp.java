package com.qbobridge.mapping.invoices;

import com.qbobridge.messaging.consuming.TransientFailure;

/**
 * The broker did not take a batch's drafts, dead letters or fates in time; as a {@link TransientFailure} it makes the
 * backbone's error handler deliver the batch again, backing off, for as long as it takes, since committing its
 * offsets would lose the drafts.
 */
class DraftingHeldUp extends RuntimeException implements TransientFailure {

	private static final long serialVersionUID = 1L;

	DraftingHeldUp(Throwable cause) {
		super("The broker did not take the batch's events: " + cause.getMessage(), cause);
	}

}
