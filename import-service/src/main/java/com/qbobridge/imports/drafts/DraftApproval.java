package com.qbobridge.imports.drafts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobChanged;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.jobs.ImportStateConflict;
import com.qbobridge.imports.report.ImportReport;
import com.qbobridge.imports.report.InvoiceFate;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.messaging.outbox.OutboxEntry;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.imports.CaseDraftApproved;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Approval: ready drafts become {@code case-draft-approved} events for case-service, all or nothing.
 */
@Service
public class DraftApproval {

	/** Drafts approved per statement: large enough for few round trips, small enough to bound the memory. */
	private static final int CHUNK = 2_000;

	private final ImportJobLifecycle imports;

	private final Drafts drafts;

	private final ImportReport report;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DraftApproval(ImportJobLifecycle imports, Drafts drafts, ImportReport report, Outbox outbox,
			ApplicationEventPublisher events, Clock clock) {
		this.imports = imports;
		this.drafts = drafts;
		this.report = report;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Approves every ready draft of an import, on every page, as {@link #approve} would.
	 * @param caller who approves, must not be null
	 * @param importId the import
	 * @return the approved drafts
	 * @throws ImportStateConflict if the import has no ready draft
	 */
	@Transactional
	public List<StoredDraft> approveAllReady(Caller caller, UUID importId) {
		this.imports.get(caller, importId);
		List<UUID> ready = this.drafts.idsIn(importId, DraftState.READY);
		if (ready.isEmpty()) {
			throw new ImportStateConflict("The import has no ready draft to approve.");
		}
		return approve(caller, importId, ready);
	}

	/**
	 * Approves drafts: each becomes a {@code case-draft-approved} event for case-service. All or nothing: if one
	 * cannot be approved, none is.
	 * @param caller who approves, must not be null
	 * @param importId the import
	 * @param draftIds the selected drafts, not empty
	 * @return the approved drafts
	 * @throws DraftsNotApprovable if a draft is missing, needs attention or was already approved
	 */
	@Transactional
	public List<StoredDraft> approve(Caller caller, UUID importId, List<UUID> draftIds) {
		List<StoredDraft> approved = new ArrayList<>(draftIds.size());
		approve(caller, importId, draftIds, approved::add);
		return approved;
	}

	/**
	 * Approves drafts as {@link #approve(Caller, UUID, List)} does, without holding them all: however many there
	 * are (a selection of a whole large import), only one chunk of them is in memory at a time.
	 * @param caller who approves, must not be null
	 * @param importId the import
	 * @param draftIds the selected drafts, not empty
	 * @return how many were approved
	 * @throws DraftsNotApprovable if a draft is missing, needs attention or was already approved
	 */
	@Transactional
	public int approveCounting(Caller caller, UUID importId, List<UUID> draftIds) {
		int[] approved = { 0 };
		approve(caller, importId, draftIds, (draft) -> approved[0]++);
		return approved[0];
	}

	private void approve(Caller caller, UUID importId, List<UUID> draftIds, Consumer<StoredDraft> approved) {
		Assert.notEmpty(draftIds, "draftIds must not be empty");
		ImportJob job = this.imports.get(caller, importId).requireDraftsOpen("approved");
		List<UUID> wanted = List.copyOf(new LinkedHashSet<>(draftIds));
		Instant now = this.clock.instant();
		String detail = "Approved by " + caller.username() + "; waiting for case-service.";
		// Per chunk, one statement each approves the ready drafts (locking, checking and changing them at once),
		// changes their report lines and appends their requests to the outbox.
		for (int from = 0; from < wanted.size(); from += CHUNK) {
			List<UUID> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
			Map<UUID, StoredDraft> found = this.drafts.approveReady(importId, chunk, now)
				.stream()
				.collect(Collectors.toMap(StoredDraft::draftId, Function.identity()));
			if (found.size() < chunk.size()) {
				// Nothing is approved (the transaction rolls back); the refusals name every draft that stands in the way:
				// this chunk's that were not approved and any of the chunks not reached.
				List<UUID> unchecked = new ArrayList<>(
						chunk.stream().filter((draftId) -> !found.containsKey(draftId)).toList());
				unchecked.addAll(wanted.subList(from + chunk.size(), wanted.size()));
				throw new DraftsNotApprovable(this.drafts.approvalRefusals(importId, unchecked));
			}
			List<ImportReport.FateChange> fates = new ArrayList<>(chunk.size());
			List<OutboxEntry> requests = new ArrayList<>(chunk.size());
			for (UUID draftId : chunk) {
				StoredDraft draft = found.get(draftId);
				CaseDraftApproved request = draft.approvalRequest(job, caller.username(), now);
				fates.add(new ImportReport.FateChange(importId, draft.invoiceId(), InvoiceFate.APPROVED, detail, null));
				// Keyed by invoice, so that one large approval spreads over case-service's consumers.
				requests.add(OutboxEntry.keyed(Topics.CASE_DRAFT_APPROVED, request,
						Topics.invoiceKey(request.metadata(), draft.invoiceId())));
				approved.accept(draft);
			}
			this.report.changeFates(fates, now);
			this.outbox.append(requests);
		}
		this.events.publishEvent(new ImportJobChanged(importId));
	}

}
