package com.qbobridge.cases.register;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Which approval created a case, so that a case can be traced back to the user action and import behind it.
 *
 * @param approvalEventId the {@code CaseDraftApproved} event id
 * @param approvedBy the user who approved the draft
 * @param connectionId the QuickBooks connection, when known
 * @param importId the import the draft came from, when known
 * @param correlationId the correlation id shared by the user action's events
 */
public record CaseOrigin(UUID approvalEventId, String approvedBy, @Nullable UUID connectionId, @Nullable UUID importId,
		UUID correlationId) {

	public CaseOrigin {
		Assert.notNull(approvalEventId, "approvalEventId must not be null");
		Assert.notNull(approvedBy, "approvedBy must not be null");
		Assert.notNull(correlationId, "correlationId must not be null");
	}

}
