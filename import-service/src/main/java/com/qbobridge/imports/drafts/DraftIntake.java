package com.qbobridge.imports.drafts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import com.qbobridge.imports.jobs.ImportEvents;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobChanged;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.jobs.ImportState;
import com.qbobridge.imports.report.ImportReport;
import com.qbobridge.imports.report.InvoiceFate;
import com.qbobridge.imports.report.ReportEntry;
import com.qbobridge.messaging.MessagingAutoConfiguration;
import com.qbobridge.messaging.consuming.DeadLetters;
import com.qbobridge.messaging.consuming.Failures;
import com.qbobridge.messaging.consuming.ProcessedEvents;
import com.qbobridge.messaging.consuming.UnprocessableEvent;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseRejectionReason;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.mapping.InvoiceNotDrafted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Draft intake: what mapping drafted and the cases case-service created (each a poll at a time), and what else
 * case-service made of approved drafts, arrive here and become stored drafts and report lines, once per event.
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

	private final DeadLetters deadLetters;

	private final TransactionTemplate transactions;

	DraftIntake(ImportJobLifecycle imports, Drafts drafts, ImportReport report, ProcessedEvents processed,
			ApplicationEventPublisher events, DeadLetters deadLetters, TransactionTemplate transactions, Clock clock) {
		this.deadLetters = deadLetters;
		this.transactions = transactions;
		this.imports = imports;
		this.drafts = drafts;
		this.report = report;
		this.processed = processed;
		this.events = events;
		this.clock = clock;
	}

	@KafkaListener(id = "case-drafted", groupId = "import-service.case-drafted", topics = Topics.CASE_DRAFTED,
			containerFactory = MessagingAutoConfiguration.BATCH)
	void on(List<ConsumerRecord<String, @Nullable CaseDrafted>> records) {
		inBatch(records, "CaseDrafted", (event) -> (event.metadata().importId() == null)
				? event.metadata().eventType() + " " + event.metadata().eventId() + " has no importId" : null,
				this::intake, this::countUnstorable);
	}

	/**
	 * Takes a poll in one transaction. A record that cannot be read goes to the dead letters; when the batch fails
	 * for a reason that will not go away, its records are taken one by one so that only the spoiling one is set
	 * aside ({@code unstorable} is told); a transient failure redelivers the batch from that record.
	 * @param records the poll
	 * @param type the event type the topic carries, for the reason of an empty record
	 * @param unprocessable why a readable event can never be taken, or {@code null} when it can
	 * @param intake what takes a batch, inside its transaction
	 * @param unstorable told of each record set aside because its intake failed
	 */
	private <E> void inBatch(List<ConsumerRecord<String, @Nullable E>> records, String type,
			Function<E, @Nullable String> unprocessable, Consumer<List<E>> intake,
			BiConsumer<E, Exception> unstorable) {
		List<SetAside> setAside = new ArrayList<>();
		List<ConsumerRecord<String, @Nullable E>> readable = new ArrayList<>(records.size());
		List<E> events = new ArrayList<>(records.size());
		for (ConsumerRecord<String, @Nullable E> record : records) {
			E event = record.value();
			if (event == null) {
				setAside.add(new SetAside(record, Failures.unreadable(record, "Empty record: not a " + type)));
				continue;
			}
			String problem = unprocessable.apply(event);
			if (problem != null) {
				setAside.add(new SetAside(record, new UnprocessableEvent(problem)));
				continue;
			}
			readable.add(record);
			events.add(event);
		}
		try {
			this.transactions.executeWithoutResult((status) -> intake.accept(events));
		}
		catch (RuntimeException ex) {
			if (Failures.classify(ex) == Failures.Kind.TRANSIENT) {
				throw new BatchListenerFailedException(type + " batch could not be stored", ex, readable.get(0));
			}
			// One event spoils the batch: take them one by one, so that only that one is set aside.
			for (int i = 0; i < readable.size(); i++) {
				E event = events.get(i);
				try {
					this.transactions.executeWithoutResult((status) -> intake.accept(List.of(event)));
				}
				catch (RuntimeException one) {
					if (Failures.classify(one) == Failures.Kind.TRANSIENT) {
						throw new BatchListenerFailedException(type + " could not be stored", one, readable.get(i));
					}
					setAside.add(new SetAside(readable.get(i), one));
					unstorable.accept(event, one);
				}
			}
		}
		// After the commit: a failed divert redelivers the batch, whose stored events are then skipped as duplicates.
		setAside.forEach((refused) -> this.deadLetters.divert(refused.record(), refused.failure()));
	}

	/**
	 * A draft that can never be stored still gets its invoice's fate, UNREADABLE with the reason, so that the import's
	 * counts add up and it reaches READY instead of waiting for it; the record itself goes to the dead letters.
	 */
	private void countUnstorable(CaseDrafted event, Exception failure) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				UUID importId = event.metadata().importId();
				Optional<ImportJob> job = this.imports.ownJob(importId, event.metadata());
				if (job.isEmpty() || job.get().state() == ImportState.DISCARDED) {
					return;
				}
				Instant now = this.clock.instant();
				this.report.record(importId, job.get().accountId(), event.draft().source().realmId(),
						event.draft().source().invoiceId(), null, Math.max(event.sequence(), 0), null,
						InvoiceFate.UNREADABLE, "The draft could not be stored (" + failure.getClass().getSimpleName()
								+ "); it was set aside for the operators",
						null, now);
				this.imports.drafted(job.get(), now);
			});
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record the fate of unstorable draft {} of import {}", event.draft().draftId(),
					event.metadata().importId(), ex);
		}
	}

	/**
	 * Stores a batch of drafts in one transaction: each event once (processed events), the drafts and report lines
	 * in one statement each, and every import concerned moved along once.
	 */
	private void intake(List<CaseDrafted> batch) {
		List<CaseDrafted> fresh = this.processed.firstDeliveries(batch);
		if (fresh.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		// Imports locked in one order, so that two batches never wait for each other.
		Map<UUID, List<CaseDrafted>> byImport = new TreeMap<>();
		for (CaseDrafted event : fresh) {
			byImport.computeIfAbsent(event.metadata().importId(), (id) -> new ArrayList<>()).add(event);
		}
		List<StoredDraft> drafts = new ArrayList<>();
		List<ImportReport.Line> lines = new ArrayList<>();
		List<ImportJob> touched = new ArrayList<>();
		for (Map.Entry<UUID, List<CaseDrafted>> entry : byImport.entrySet()) {
			UUID importId = entry.getKey();
			Optional<ImportJob> job = this.imports.ownJob(importId, entry.getValue().get(0).metadata());
			if (job.isEmpty()) {
				continue;
			}
			if (job.get().state() == ImportState.DISCARDED) {
				logger.info("Dropping {} draft(s) for discarded import {}", entry.getValue().size(), importId);
				continue;
			}
			String accountId = job.get().accountId();
			// The last event for an invoice wins, as it would one at a time.
			Map<String, CaseDrafted> byInvoice = new LinkedHashMap<>();
			for (CaseDrafted event : entry.getValue()) {
				if (!event.metadata().accountId().equals(accountId)) {
					logger.warn("Ignoring CaseDrafted {} of another account for import {}", event.metadata().eventId(),
							importId);
					continue;
				}
				byInvoice.remove(event.draft().source().invoiceId());
				byInvoice.put(event.draft().source().invoiceId(), event);
			}
			Map<String, Map<String, UUID>> casesByRealm = new HashMap<>();
			Set<UUID> approved = this.drafts.approvedAmong(importId,
					byInvoice.values().stream().map((event) -> event.draft().draftId()).toList());
			Set<UUID> draftIds = new HashSet<>();
			for (CaseDrafted event : byInvoice.values()) {
				CaseDraft draft = event.draft();
				String realmId = draft.source().realmId();
				Map<String, UUID> cases = casesByRealm.computeIfAbsent(realmId, (realm) -> this.report
					.existingCases(accountId, realm, byInvoice.values()
						.stream()
						.filter((e) -> e.draft().source().realmId().equals(realm))
						.map((e) -> e.draft().source().invoiceId())
						.toList()));
				UUID existingCase = cases.get(draft.source().invoiceId());
				if (existingCase != null) {
					lines.add(new ImportReport.Line(importId, accountId, realmId, draft.source().invoiceId(),
							draft.creditorReference(), event.sequence(), draft.draftId(), InvoiceFate.ALREADY_A_CASE,
							"Already a case: " + existingCase, existingCase));
				}
				else if (!approved.contains(draft.draftId()) && draftIds.add(draft.draftId())) {
					StoredDraft received = StoredDraft.received(event, accountId, now);
					drafts.add(received);
					boolean ready = received.state() == DraftState.READY;
					lines.add(new ImportReport.Line(importId, accountId, realmId, draft.source().invoiceId(),
							draft.creditorReference(), event.sequence(), draft.draftId(),
							ready ? InvoiceFate.READY : InvoiceFate.NEEDS_ATTENTION,
							ready ? null : StoredDraft.reasons(event.violations()), null));
				}
			}
			touched.add(job.get());
		}
		this.drafts.saveAll(drafts, now);
		this.report.recordAll(lines, now);
		touched.forEach((job) -> this.imports.drafted(job, now));
	}

	/**
	 * A record of the batch that can never be stored, and why.
	 */
	private record SetAside(ConsumerRecord<?, ?> record, Exception failure) {

	}

	@KafkaListener(id = "invoice-not-drafted", groupId = "import-service.invoice-not-drafted",
			topics = Topics.INVOICE_NOT_DRAFTED)
	@Transactional
	public void on(InvoiceNotDrafted event) {
		UUID importId = ImportEvents.importIdOf(event);
		if (!this.processed.firstDelivery(event)) {
			return;
		}
		Optional<ImportJob> job = this.imports.ownJob(importId, event.metadata());
		if (job.isEmpty() || job.get().state() == ImportState.DISCARDED) {
			return;
		}
		// An invoice mapping could not even read has no id of its own: the record's id stands in, so it counts once.
		String invoiceId = (event.invoiceId() != null) ? event.invoiceId()
				: "unreadable:" + ((event.failedEventId() != null) ? event.failedEventId() : event.metadata().eventId());
		Instant now = this.clock.instant();
		this.report.record(importId, job.get().accountId(), "", invoiceId, event.docNumber(),
				Math.max(event.sequence(), 0), null, InvoiceFate.UNREADABLE, event.reason(), null, now);
		this.imports.drafted(job.get(), now);
	}

	@KafkaListener(id = "case-created", groupId = "import-service.case-created", topics = Topics.CASE_CREATED,
			containerFactory = MessagingAutoConfiguration.BATCH)
	void onCreated(List<ConsumerRecord<String, @Nullable CaseCreated>> records) {
		inBatch(records, "CaseCreated", (event) -> null, this::created, (event, failure) -> {
		});
	}

	/**
	 * Case-service's cases, a poll at a time: each draft's report line becomes CASE_CREATED and the draft goes, in
	 * one statement each for the whole poll.
	 */
	private void created(List<CaseCreated> batch) {
		List<CaseCreated> fresh = this.processed.firstDeliveries(batch);
		if (fresh.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		Map<String, List<CaseCreated>> byAccount = new TreeMap<>();
		fresh.forEach((event) -> byAccount.computeIfAbsent(event.metadata().accountId(), (id) -> new ArrayList<>())
			.add(event));
		List<ImportReport.FateChange> fates = new ArrayList<>();
		List<Drafts.Key> gone = new ArrayList<>();
		Set<UUID> touched = new LinkedHashSet<>();
		for (Map.Entry<String, List<CaseCreated>> account : byAccount.entrySet()) {
			Map<UUID, List<ReportEntry>> lines = new HashMap<>();
			this.report.forDrafts(account.getKey(), account.getValue().stream().map(CaseCreated::draftId).toList())
				.forEach((entry) -> lines.computeIfAbsent(entry.draftId(), (id) -> new ArrayList<>()).add(entry));
			for (CaseCreated event : account.getValue()) {
				UUID importId = event.metadata().importId();
				List<ReportEntry> entries = lines.getOrDefault(event.draftId(), List.of())
					.stream()
					.filter((entry) -> importId == null || importId.equals(entry.importId()))
					.toList();
				if (entries.isEmpty()) {
					logger.info("Case {} was created from draft {}, which no import of this service knows",
							event.caseId(), event.draftId());
				}
				for (ReportEntry entry : entries) {
					fates.add(new ImportReport.FateChange(entry.importId(), entry.invoiceId(), InvoiceFate.CASE_CREATED,
							"Case created: " + event.caseId(), event.caseId()));
					gone.add(new Drafts.Key(entry.importId(), event.draftId()));
					touched.add(entry.importId());
				}
			}
		}
		this.report.changeFates(fates, now);
		this.drafts.deleteAll(gone);
		touched.forEach((importId) -> this.events.publishEvent(new ImportJobChanged(importId)));
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
