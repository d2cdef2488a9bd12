package com.qbobridge.schemas.imports;

import java.util.Objects;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.mapping.CaseDraft;

/**
 * A creditor selected a draft (possibly after fixing it) and asked for a collection case to be created from it.
 *
 * @param metadata the envelope
 * @param draft the draft as approved, fixes included
 * @param approvedBy the user who approved it
 */
public record CaseDraftApproved(EventMetadata metadata, CaseDraft draft, String approvedBy) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("CaseDraftApproved", 1, CaseDraftApproved.class);

	public CaseDraftApproved {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(draft, "draft must not be null");
		Objects.requireNonNull(approvedBy, "approvedBy must not be null");
	}

}
