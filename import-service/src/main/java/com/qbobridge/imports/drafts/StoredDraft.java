package com.qbobridge.imports.drafts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportStateConflict;
import com.qbobridge.rules.Validation;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A case draft kept for review until it becomes a case, is discarded or expires; it owns its transitions (received,
 * fixed, approved, sent back) so that no service rebuilds it from positional arguments.
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

	/**
	 * The draft as mapping delivered it: ready when valid, else needing attention.
	 * @param event what mapping drafted, must not be null
	 * @param accountId the import's account
	 * @param at when it arrived
	 * @return the new draft
	 */
	public static StoredDraft received(CaseDrafted event, String accountId, Instant at) {
		Assert.notNull(event, "event must not be null");
		UUID importId = event.metadata().importId();
		Assert.notNull(importId, "event must name its import");
		boolean valid = event.status() == DraftStatus.VALID;
		return new StoredDraft(importId, accountId, event.sequence(),
				valid ? DraftState.READY : DraftState.NEEDS_ATTENTION, event.draft(), event.violations(),
				event.warnings(), false, at);
	}

	public UUID draftId() {
		return this.draft.draftId();
	}

	public String invoiceId() {
		return this.draft.source().invoiceId();
	}

	/**
	 * The draft with the creditor's fields and their verdict: ready without violations, else needing attention.
	 * @param fixed the draft with the creditor's fields, must not be null
	 * @param validation the rules' verdict on it, must not be null
	 * @return the fixed draft
	 * @throws ImportStateConflict if the draft was already approved
	 */
	public StoredDraft fix(CaseDraft fixed, Validation validation) {
		Assert.notNull(fixed, "fixed must not be null");
		Assert.notNull(validation, "validation must not be null");
		if (this.state == DraftState.APPROVED) {
			throw new ImportStateConflict("The draft was already approved and can no longer be changed.");
		}
		return new StoredDraft(this.importId, this.accountId, this.sequence,
				validation.valid() ? DraftState.READY : DraftState.NEEDS_ATTENTION, fixed, validation.violations(),
				validation.warnings(), true, this.receivedAt);
	}

	/**
	 * Why a draft cannot be approved now.
	 * @param draftId the draft
	 * @param state where it stands, or {@code null} if it is gone
	 * @param violations what prevents it from becoming a case
	 * @return the refusal, or empty if it is ready
	 */
	static Optional<DraftsNotApprovable.Refusal> approvalRefusal(UUID draftId, @Nullable DraftState state,
			List<FieldIssue> violations) {
		if (state == null) {
			return Optional.of(new DraftsNotApprovable.Refusal(draftId,
					"Not found: it may have become a case, been discarded or expired."));
		}
		return switch (state) {
			case READY -> Optional.empty();
			case NEEDS_ATTENTION ->
				Optional.of(new DraftsNotApprovable.Refusal(draftId, "Needs attention first: " + reasons(violations)));
			case APPROVED -> Optional.of(new DraftsNotApprovable.Refusal(draftId, "Already approved."));
		};
	}

	/**
	 * The event that asks case-service for this approved draft's case.
	 * @param job the draft's import, must not be null
	 * @param by the user who approved it
	 * @param at when
	 * @return the event the outbox publishes
	 */
	public CaseDraftApproved approvalRequest(ImportJob job, String by, Instant at) {
		Assert.isTrue(job.importId().equals(this.importId), "job must be the draft's import");
		Assert.state(this.state == DraftState.APPROVED, "only an approved draft asks for a case");
		EventMetadata metadata = new EventMetadata(UUID.randomUUID(), CaseDraftApproved.CONTRACT.eventType(),
				CaseDraftApproved.CONTRACT.version(), at, job.accountId(), job.connectionId(), this.importId,
				job.correlationId());
		return new CaseDraftApproved(metadata, this.draft, by);
	}

	/**
	 * The draft sent back to the creditor because case-service refused it.
	 * @param reasons why, not empty
	 * @return the draft needing attention
	 */
	public StoredDraft sendBack(List<FieldIssue> reasons) {
		Assert.notEmpty(reasons, "reasons must not be empty");
		return new StoredDraft(this.importId, this.accountId, this.sequence, DraftState.NEEDS_ATTENTION, this.draft,
				reasons, this.warnings, this.fixed, this.receivedAt);
	}

	static String reasons(List<FieldIssue> issues) {
		return issues.stream().map((issue) -> issue.field() + ": " + issue.message()).collect(Collectors.joining("; "));
	}

}
