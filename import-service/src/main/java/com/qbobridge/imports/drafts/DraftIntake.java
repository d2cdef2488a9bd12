package com.qbobridge.imports.drafts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.imports.jobs.ImportEvents;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobChanged;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.jobs.ImportState;
import com.qbobridge.imports.report.ImportReport;
import com.qbobridge.imports.report.InvoiceFate;
import com.qbobridge.imports.report.ReportEntry;
import com.qbobridge.messaging.consuming.ProcessedEvents;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseRejectionReason;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draft intake: what mapping drafted and what case-service made of approved drafts arrive here and become stored
 * drafts and report lines, once per event.
 */
@Component
class DraftIntake {

	private static final Logger logger = LoggerFactory.getLogger(DraftIntake.class);

	private final ImportJobLifecycle imports;

	private final Drafts drafts;

	private final ImportReport report;

	private final ProcessedEvents processed;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DraftIntake(ImportJobLifecycle imports, Drafts drafts, ImportReport report, ProcessedEvents processed,
			ApplicationEventPublisher events, Clock clock) {
		this.imports = imports;
		this.drafts = drafts;
		this.report = report;
		this.processed = processed;
		this.events = events;
		this.clock = clock;
	}

	@KafkaListener(id = "case-drafted", groupId = "import-service.case-drafted", topics = Topics.CASE_DRAFTED)
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
			StoredDraft received = StoredDraft.received(event, accountId, now);
			this.drafts.save(received, now);
			boolean ready = received.state() == DraftState.READY;
			this.report.record(importId, accountId, draft.source().realmId(), invoiceId, draft.creditorReference(),
					event.sequence(), draft.draftId(), ready ? InvoiceFate.READY : InvoiceFate.NEEDS_ATTENTION,
					ready ? null : StoredDraft.reasons(event.violations()), null, now);
		}
		this.imports.drafted(job.get(), now);
	}

	@KafkaListener(id = "case-created", groupId = "import-service.case-created", topics = Topics.CASE_CREATED)
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

	@KafkaListener(id = "case-rejected", groupId = "import-service.case-rejected", topics = Topics.CASE_REJECTED)
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
					.ifPresent((draft) -> this.drafts.save(draft.sendBack(reasons), now));
			}
			this.events.publishEvent(new ImportJobChanged(entry.importId()));
		}
	}

}
