package com.qbobridge.imports.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;

/**
 * A case draft kept for review until it becomes a case, is discarded or expires.
 *
 * @param importId the import it came from
 * @param accountId the creditor account
 * @param sequence the invoice's position within the import
 * @param state where it stands in review
 * @param draft the case as it would be created, fixes included
 * @param violations what prevents it from becoming a case
 * @param warnings what the creditor should know
 * @param fixed whether the creditor changed it
 * @param receivedAt when mapping delivered it (the retention clock starts here)
 */
public record StoredDraft(UUID importId, String accountId, long sequence, DraftState state, CaseDraft draft,
		List<FieldIssue> violations, List<FieldIssue> warnings, boolean fixed, Instant receivedAt) {

	public UUID draftId() {
		return this.draft.draftId();
	}

}
