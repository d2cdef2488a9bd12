package com.qbobridge.imports.review;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored choice of drafts of one import, named by its id wherever the review page and the submit refer to it.
 *
 * @param selectionId the selection
 * @param importId the import its drafts belong to
 * @param accountId the account that made it
 * @param createdBy the user who made it
 * @param createdAt when
 * @param submittedAt when its ready drafts were approved, if they were
 * @param size how many drafts were chosen
 */
public record ReviewSelection(UUID selectionId, UUID importId, String accountId, String createdBy, Instant createdAt,
		@Nullable Instant submittedAt, long size) {

	/**
	 * Whether the selection was already submitted.
	 * @return true once its drafts were approved
	 */
	public boolean submitted() {
		return this.submittedAt != null;
	}

}
