package com.qbobridge.imports.drafts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Approval: ready drafts become {@code case-draft-approved} events for case-service, all or nothing.
 */
@Service
public class DraftApproval {

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
		Assert.notEmpty(draftIds, "draftIds must not be empty");
		ImportJob job = this.imports.get(caller, importId).requireDraftsOpen("approved");
		Set<UUID> wanted = new LinkedHashSet<>(draftIds);
		Map<UUID, StoredDraft> found = this.drafts.lock(importId, wanted)
			.stream()
			.collect(Collectors.toMap(StoredDraft::draftId, Function.identity()));
		List<DraftsNotApprovable.Refusal> refusals = new ArrayList<>();
		for (UUID draftId : wanted) {
			StoredDraft draft = found.get(draftId);
			if (draft == null) {
				refusals.add(new DraftsNotApprovable.Refusal(draftId,
						"Not found: it may have become a case, been discarded or expired."));
			}
			else {
				draft.approvalRefusal().ifPresent(refusals::add);
			}
		}
		if (!refusals.isEmpty()) {
			throw new DraftsNotApprovable(refusals);
		}
		Instant now = this.clock.instant();
		// One statement each for the drafts, their report lines and the outbox, however many are approved.
		List<StoredDraft> approved = new ArrayList<>(wanted.size());
		List<ImportReport.FateChange> fates = new ArrayList<>(wanted.size());
		List<OutboxEntry> requests = new ArrayList<>(wanted.size());
		String detail = "Approved by " + caller.username() + "; waiting for case-service.";
		for (UUID draftId : wanted) {
			StoredDraft.Approved approval = found.get(draftId).approve(job, caller.username(), now);
			approved.add(approval.draft());
			fates.add(new ImportReport.FateChange(importId, approval.draft().invoiceId(), InvoiceFate.APPROVED,
					detail, null));
			// Keyed by invoice, so that one large approval spreads over case-service's consumers.
			requests.add(OutboxEntry.keyed(Topics.CASE_DRAFT_APPROVED, approval.event(),
					Topics.invoiceKey(approval.event().metadata(), approval.draft().invoiceId())));
		}
		this.drafts.saveAll(approved, now);
		this.report.changeFates(fates, now);
		this.outbox.append(requests);
		this.events.publishEvent(new ImportJobChanged(importId));
		return approved;
	}

}
