package com.qbobridge.schemas.mapping;

import java.util.List;
import java.util.Objects;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;

/**
 * Mapping turned one fetched invoice into a case draft: valid, or rejected with every violation at once. Warnings
 * never reject a draft. One record for both outcomes keeps an invoice's drafts in order on one topic.
 *
 * @param metadata the envelope; {@code connectionId} and {@code importId} are set
 * @param draft the mapped draft
 * @param status {@code REJECTED} exactly when there are violations
 * @param violations what prevents the draft from becoming a case
 * @param warnings what the creditor should know but does not block
 * @param sequence the invoice's position within its import, copied from {@code InvoiceFetched}
 */
public record CaseDrafted(EventMetadata metadata, CaseDraft draft, DraftStatus status, List<FieldIssue> violations,
		List<FieldIssue> warnings, long sequence) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("CaseDrafted", 1, CaseDrafted.class);

	public CaseDrafted {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(draft, "draft must not be null");
		Objects.requireNonNull(status, "status must not be null");
		violations = (violations != null) ? List.copyOf(violations) : List.of();
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
		if ((status == DraftStatus.REJECTED) == violations.isEmpty()) {
			throw new IllegalArgumentException("a draft is REJECTED exactly when it has violations");
		}
	}

}
