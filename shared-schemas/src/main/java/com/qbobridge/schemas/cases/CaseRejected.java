package com.qbobridge.schemas.cases;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.SourceReference;
import org.jspecify.annotations.Nullable;

/**
 * An approved draft did not become a case: it duplicates one, reuses a creditor reference, or is invalid.
 *
 * @param metadata the envelope
 * @param draftId the draft concerned
 * @param source the QuickBooks invoice behind it
 * @param creditorReference the invoice number, when there is one
 * @param reason why no case was created
 * @param existingCaseId the case this one duplicates, for {@code DUPLICATE} and {@code DUPLICATE_REFERENCE}
 * @param violations the failed rules, for {@code INVALID}
 * @param detail the reason in words
 */
public record CaseRejected(EventMetadata metadata, UUID draftId, SourceReference source,
		@Nullable String creditorReference, CaseRejectionReason reason, @Nullable UUID existingCaseId,
		List<FieldIssue> violations, String detail) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("CaseRejected", 1, CaseRejected.class);

	public CaseRejected {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(draftId, "draftId must not be null");
		Objects.requireNonNull(source, "source must not be null");
		Objects.requireNonNull(reason, "reason must not be null");
		Objects.requireNonNull(detail, "detail must not be null");
		violations = (violations != null) ? List.copyOf(violations) : List.of();
	}

}
