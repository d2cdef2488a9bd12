package com.qbobridge.imports.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.messaging.consuming.ProcessedEvents;
import com.qbobridge.rules.Validation;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseRejectionReason;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The life of a case draft in import-service: stored when mapping delivers it, fixed and re-validated by the
 * creditor, approved, and gone once it became a case, was discarded or expired; every step is written to the
 * import's report.
 */
@Service
public class DraftManagement {

	private static final Logger logger = LoggerFactory.getLogger(DraftManagement.class);

	private final ImportJobs jobs;

	private final Drafts drafts;

	private final ImportReport report;

	private final ImportManagement imports;

	private final DraftRules rules;

	private final Outbox outbox;

	private final ProcessedEvents processed;

	private final ApplicationEventPublisher events;

	private final ImportsProperties properties;

	private final Clock clock;

	DraftManagement(ImportJobs jobs, Drafts drafts, ImportReport report, ImportManagement imports, DraftRules rules,
			Outbox outbox, ProcessedEvents processed, ApplicationEventPublisher events, ImportsProperties properties,
			Clock clock) {
		this.jobs = jobs;
		this.drafts = drafts;
		this.report = report;
		this.imports = imports;
		this.rules = rules;
		this.outbox = outbox;
		this.processed = processed;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Chosen drafts of one of the account's imports, e.g. those the creditor selected for review.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @param draftIds the drafts
	 * @return those that exist, in invoice order
	 * @throws ImportNotFound if the account has no such import
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
	 * @throws ImportNotFound if the account has no such import
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
	 * @throws ImportNotFound if the account has no such import
	 */
	public List<UUID> draftIds(Caller caller, UUID importId, DraftState state) {
		this.imports.get(caller, importId);
		return this.drafts.idsIn(importId, state);
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
		List<UUID> ready = draftIds(caller, importId, DraftState.READY);
		if (ready.isEmpty()) {
			throw new ImportStateConflict("The import has no ready draft to approve.");
		}
		return approve(caller, importId, ready);
	}

	/**
	 * One draft of one of the account's imports.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @param draftId the draft
	 * @return the draft
	 * @throws ImportNotFound if the account has no such import
	 * @throws DraftNotFound if the import has no such draft
	 */
	public StoredDraft draft(Caller caller, UUID importId, UUID draftId) {
		this.imports.get(caller, importId);
		return this.drafts.find(importId, draftId).orElseThrow(() -> new DraftNotFound(draftId));
	}

	/**
	 * An import's report.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @return every invoice and its fate
	 * @throws ImportNotFound if the account has no such import
	 */
	public List<ReportEntry> report(Caller caller, UUID importId) {
		this.imports.get(caller, importId);
		return this.report.of(importId);
	}

	/**
	 * Replaces a draft's fields with the creditor's and re-validates it with mapping's rules: without violations it
	 * becomes ready, else it keeps needing attention with the new reasons.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @param draftId the draft
	 * @param fix the corrected fields, must not be null
	 * @return the re-validated draft
	 * @throws ImportStateConflict if the draft was already approved or the import discarded
	 */
	@Transactional
	public StoredDraft fix(Caller caller, UUID importId, UUID draftId, DraftFix fix) {
		Assert.notNull(fix, "fix must not be null");
		ImportJob job = this.imports.get(caller, importId);
		if (job.state() == ImportState.DISCARDED) {
			throw new ImportStateConflict("The import was discarded; its drafts can no longer be changed.");
		}
		StoredDraft stored = this.drafts.lock(importId, List.of(draftId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new DraftNotFound(draftId));
		if (stored.state() == DraftState.APPROVED) {
			throw new ImportStateConflict("The draft was already approved and can no longer be changed.");
		}
		CaseDraft fixed = fix.applyTo(stored.draft());
		Validation validation = this.rules.validate(fixed);
		DraftState state = validation.valid() ? DraftState.READY : DraftState.NEEDS_ATTENTION;
		Instant now = this.clock.instant();
		StoredDraft saved = new StoredDraft(importId, stored.accountId(), stored.sequence(), state, fixed,
				validation.violations(), validation.warnings(), true, stored.receivedAt());
		this.drafts.save(saved, now);
		this.report.record(importId, job.accountId(), fixed.source().realmId(), fixed.source().invoiceId(),
				fixed.creditorReference(), stored.sequence(), draftId,
				validation.valid() ? InvoiceFate.READY : InvoiceFate.NEEDS_ATTENTION,
				validation.valid() ? "Fixed by " + caller.username() + "." : reasons(validation.violations()), null,
				now);
		this.events.publishEvent(new ImportJobChanged(importId));
		return saved;
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
		ImportJob job = this.imports.get(caller, importId);
		if (job.state() == ImportState.DISCARDED) {
			throw new ImportStateConflict("The import was discarded; its drafts can no longer be approved.");
		}
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
			else if (draft.state() == DraftState.NEEDS_ATTENTION) {
				refusals.add(new DraftsNotApprovable.Refusal(draftId,
						"Needs attention first: " + reasons(draft.violations())));
			}
			else if (draft.state() == DraftState.APPROVED) {
				refusals.add(new DraftsNotApprovable.Refusal(draftId, "Already approved."));
			}
		}
		if (!refusals.isEmpty()) {
			throw new DraftsNotApprovable(refusals);
		}
		Instant now = this.clock.instant();
		List<StoredDraft> approved = new ArrayList<>();
		for (UUID draftId : wanted) {
			StoredDraft draft = found.get(draftId);
			StoredDraft saved = new StoredDraft(importId, draft.accountId(), draft.sequence(), DraftState.APPROVED,
					draft.draft(), draft.violations(), draft.warnings(), draft.fixed(), draft.receivedAt());
			this.drafts.save(saved, now);
			this.report.changeFate(importId, draft.draft().source().invoiceId(), InvoiceFate.APPROVED,
					"Approved by " + caller.username() + "; waiting for case-service.", null, now);
			EventMetadata metadata = new EventMetadata(UUID.randomUUID(), CaseDraftApproved.CONTRACT.eventType(),
					CaseDraftApproved.CONTRACT.version(), now, job.accountId(), job.connectionId(), importId,
					job.correlationId());
			this.outbox.append(Topics.CASE_DRAFT_APPROVED,
					new CaseDraftApproved(metadata, draft.draft(), caller.username()));
			approved.add(saved);
		}
		this.events.publishEvent(new ImportJobChanged(importId));
		return approved;
	}

	@KafkaListener(id = "case-drafted", groupId = "import-service.case-drafted",
			topics = Topics.CASE_DRAFTED)
	@Transactional
	public void on(CaseDrafted event) {
		UUID importId = ImportEvents.importIdOf(event);
		if (!this.processed.firstDelivery(event)) {
			return;
		}
		Optional<ImportJob> job = this.imports.ownJob(importId, event.metadata());
		if (job.isEmpty()) {
			return;
		}
		if (job.get().state() == ImportState.DISCARDED) {
			logger.info("Dropping a draft for discarded import {}", importId);
			return;
		}
		CaseDraft draft = event.draft();
		String accountId = job.get().accountId();
		String invoiceId = draft.source().invoiceId();
		Instant now = this.clock.instant();
		Optional<UUID> existingCase = this.report.existingCase(accountId, draft.source().realmId(), invoiceId);
		Optional<StoredDraft> stored = this.drafts.find(importId, draft.draftId());
		if (existingCase.isPresent()) {
			this.report.record(importId, accountId, draft.source().realmId(), invoiceId, draft.creditorReference(),
					event.sequence(), draft.draftId(), InvoiceFate.ALREADY_A_CASE,
					"Already a case: " + existingCase.get(), existingCase.get(), now);
		}
		else if (stored.isEmpty() || stored.get().state() != DraftState.APPROVED) {
			boolean valid = event.status() == DraftStatus.VALID;
			this.drafts.save(new StoredDraft(importId, accountId, event.sequence(),
					valid ? DraftState.READY : DraftState.NEEDS_ATTENTION, draft, event.violations(),
					event.warnings(), false, now), now);
			this.report.record(importId, accountId, draft.source().realmId(), invoiceId, draft.creditorReference(),
					event.sequence(), draft.draftId(), valid ? InvoiceFate.READY : InvoiceFate.NEEDS_ATTENTION,
					valid ? null : reasons(event.violations()), null, now);
		}
		if (job.get().state() == ImportState.REQUESTED) {
			this.jobs.changeState(importId, ImportState.FETCHING, now);
		}
		this.imports.settle(importId, now);
		this.events.publishEvent(new ImportJobChanged(importId));
	}

	@KafkaListener(id = "case-created", groupId = "import-service.case-created",
			topics = Topics.CASE_CREATED)
	@Transactional
	public void on(CaseCreated event) {
		if (!this.processed.firstDelivery(event)) {
			return;
		}
		Instant now = this.clock.instant();
		List<ReportEntry> entries = this.report.forDraft(event.metadata().accountId(), event.draftId(),
				event.metadata().importId());
		for (ReportEntry entry : entries) {
			this.report.changeFate(entry.importId(), entry.invoiceId(), InvoiceFate.CASE_CREATED,
					"Case created: " + event.caseId(), event.caseId(), now);
			this.drafts.delete(entry.importId(), event.draftId());
			this.events.publishEvent(new ImportJobChanged(entry.importId()));
		}
		if (entries.isEmpty()) {
			logger.info("Case {} was created from draft {}, which no import of this service knows", event.caseId(),
					event.draftId());
		}
	}

	@KafkaListener(id = "case-rejected", groupId = "import-service.case-rejected",
			topics = Topics.CASE_REJECTED)
	@Transactional
	public void on(CaseRejected event) {
		if (!this.processed.firstDelivery(event)) {
			return;
		}
		Instant now = this.clock.instant();
		String accountId = event.metadata().accountId();
		for (ReportEntry entry : this.report.forDraft(accountId, event.draftId(), event.metadata().importId())) {
			if (event.reason() == CaseRejectionReason.DUPLICATE && entry.fate() == InvoiceFate.CASE_CREATED) {
				// case-service answers a redelivered approval with DUPLICATE; the case this draft became stands.
				logger.info("Draft {} already became case {}; its duplicate answer changes nothing", event.draftId(),
						entry.caseId());
				continue;
			}
			if (event.reason() == CaseRejectionReason.DUPLICATE) {
				String detail = "Already a case: "
						+ ((event.existingCaseId() != null) ? event.existingCaseId() : event.detail());
				this.report.changeFate(entry.importId(), entry.invoiceId(), InvoiceFate.DUPLICATE, detail,
						event.existingCaseId(), now);
				this.drafts.delete(entry.importId(), event.draftId());
			}
			else {
				List<FieldIssue> violations = (event.reason() == CaseRejectionReason.DUPLICATE_REFERENCE)
						? List.of(new FieldIssue("DUPLICATE_REFERENCE", "creditorReference", event.detail()))
						: event.violations();
				if (violations.isEmpty()) {
					violations = List.of(new FieldIssue(event.reason().name(), "draft", event.detail()));
				}
				this.report.changeFate(entry.importId(), entry.invoiceId(), InvoiceFate.NEEDS_ATTENTION,
						"case-service refused it: " + event.detail(), event.existingCaseId(), now);
				List<FieldIssue> reasons = violations;
				this.drafts.find(entry.importId(), event.draftId())
					.ifPresent((draft) -> this.drafts.save(new StoredDraft(draft.importId(), draft.accountId(),
							draft.sequence(), DraftState.NEEDS_ATTENTION, draft.draft(), reasons, draft.warnings(),
							draft.fixed(), draft.receivedAt()), now));
			}
			this.events.publishEvent(new ImportJobChanged(entry.importId()));
		}
	}

	/**
	 * Deletes drafts older than the retention period, on a schedule.
	 */
	@Scheduled(fixedDelayString = "${pipeline.imports.purge-interval:1h}",
			initialDelayString = "${pipeline.imports.purge-interval:1h}")
	public void purgeExpired() {
		purgeReceivedBefore(this.clock.instant().minus(this.properties.draftRetention()));
	}

	/**
	 * Deletes the drafts received before a point in time and notes it in their imports' reports.
	 * @param cutoff drafts received before this are deleted
	 * @return how many drafts were deleted
	 */
	@Transactional
	public int purgeReceivedBefore(Instant cutoff) {
		Instant now = this.clock.instant();
		List<Drafts.Expired> expired = this.drafts.deleteReceivedBefore(cutoff);
		Set<UUID> touched = new LinkedHashSet<>();
		for (Drafts.Expired draft : expired) {
			if (draft.state() != DraftState.APPROVED) {
				this.report.changeFate(draft.importId(), draft.invoiceId(), InvoiceFate.EXPIRED,
						"Not approved within " + this.properties.draftRetention().toDays() + " days; the draft was deleted.",
						null, now);
			}
			touched.add(draft.importId());
		}
		touched.forEach((importId) -> this.events.publishEvent(new ImportJobChanged(importId)));
		if (!expired.isEmpty()) {
			logger.info("Deleted {} drafts received before {}", expired.size(), cutoff);
		}
		return expired.size();
	}

	static String reasons(List<FieldIssue> issues) {
		return issues.stream().map((issue) -> issue.field() + ": " + issue.message()).collect(Collectors.joining("; "));
	}

}
