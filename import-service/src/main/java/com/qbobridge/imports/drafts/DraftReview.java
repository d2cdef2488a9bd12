package com.qbobridge.imports.drafts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobChanged;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.report.ImportReport;
import com.qbobridge.imports.report.InvoiceFate;
import com.qbobridge.schemas.mapping.CaseDraft;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Review and fix: the creditor reads an import's drafts a page at a time and corrects the ones that need attention,
 * re-validated with the rules every service shares.
 */
@Service
public class DraftReview {

	private final ImportJobLifecycle imports;

	private final Drafts drafts;

	private final ImportReport report;

	private final DraftRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DraftReview(ImportJobLifecycle imports, Drafts drafts, ImportReport report, DraftRules rules,
			ApplicationEventPublisher events, Clock clock) {
		this.imports = imports;
		this.drafts = drafts;
		this.report = report;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Chosen drafts of one of the account's imports, e.g. those the creditor selected for review.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @param draftIds the drafts
	 * @return those that exist, in invoice order
	 * @throws com.qbobridge.imports.jobs.ImportNotFound if the account has no such import
	 */
	public List<StoredDraft> drafts(Caller caller, UUID importId, Collection<UUID> draftIds) {
		this.imports.get(caller, importId);
		return draftIds.isEmpty() ? List.of() : this.drafts.withIds(importId, draftIds);
	}

	/**
	 * One page of the drafts of one of the account's imports, filtered and sorted by the database.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @param query the filter, order and page, must not be null
	 * @return the page with the import's counts per state
	 * @throws com.qbobridge.imports.jobs.ImportNotFound if the account has no such import
	 */
	@Transactional(readOnly = true)
	public DraftPage drafts(Caller caller, UUID importId, DraftQuery query) {
		Assert.notNull(query, "query must not be null");
		this.imports.get(caller, importId);
		Map<DraftState, Long> counts = this.drafts.counts(importId);
		long matching = (query.status() != null) ? counts.getOrDefault(query.status(), 0L)
				: counts.values().stream().mapToLong(Long::longValue).sum();
		List<StoredDraft> page = this.drafts.page(importId, query, LocalDate.now(this.clock));
		return new DraftPage(page, matching, counts);
	}

	/**
	 * The ids of every draft of one of the account's imports in one state, on every page.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @param state the state
	 * @return their ids in invoice order
	 * @throws com.qbobridge.imports.jobs.ImportNotFound if the account has no such import
	 */
	public List<UUID> draftIds(Caller caller, UUID importId, DraftState state) {
		this.imports.get(caller, importId);
		return this.drafts.idsIn(importId, state);
	}

	/**
	 * One draft of one of the account's imports.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @param draftId the draft
	 * @return the draft
	 * @throws com.qbobridge.imports.jobs.ImportNotFound if the account has no such import
	 * @throws DraftNotFound if the import has no such draft
	 */
	public StoredDraft draft(Caller caller, UUID importId, UUID draftId) {
		this.imports.get(caller, importId);
		return this.drafts.find(importId, draftId).orElseThrow(() -> new DraftNotFound(draftId));
	}

	/**
	 * Replaces a draft's fields with the creditor's and re-validates it: without violations it becomes ready, else it
	 * keeps needing attention with the new reasons.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @param draftId the draft
	 * @param fix the corrected fields, must not be null
	 * @return the re-validated draft
	 * @throws com.qbobridge.imports.jobs.ImportStateConflict if the draft was already approved or the import
	 * discarded
	 */
	@Transactional
	public StoredDraft fix(Caller caller, UUID importId, UUID draftId, DraftFix fix) {
		Assert.notNull(fix, "fix must not be null");
		ImportJob job = this.imports.get(caller, importId).requireDraftsOpen("changed");
		StoredDraft stored = this.drafts.lock(importId, List.of(draftId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new DraftNotFound(draftId));
		CaseDraft fixed = fix.applyTo(stored.draft());
		StoredDraft saved = stored.fix(fixed, this.rules.validate(fixed));
		Instant now = this.clock.instant();
		this.drafts.save(saved, now);
		boolean ready = saved.state() == DraftState.READY;
		this.report.record(importId, job.accountId(), fixed.source().realmId(), fixed.source().invoiceId(),
				fixed.creditorReference(), stored.sequence(), draftId,
				ready ? InvoiceFate.READY : InvoiceFate.NEEDS_ATTENTION,
				ready ? "Fixed by " + caller.username() + "." : StoredDraft.reasons(saved.violations()), null, now);
		this.events.publishEvent(new ImportJobChanged(importId));
		return saved;
	}

}
