package com.qbobridge.cases.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.qbobridge.cases.register.CaseConflict;
import com.qbobridge.cases.register.CaseId;
import com.qbobridge.cases.register.CaseOrigin;
import com.qbobridge.cases.register.CollectionCase;
import com.qbobridge.cases.register.CollectionCases;
import com.qbobridge.messaging.consuming.ProcessedEvents;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.messaging.outbox.OutboxEntry;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseRejectionReason;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Turns a batch of approvals into cases and outcome events in one database transaction: the approvals' event ids are
 * claimed with {@link ProcessedEvents} (a redelivered approval creates nothing and is answered {@code DUPLICATE}
 * under an event id derived from its own), each draft is validated once more, the valid ones are inserted (the unique
 * indexes decide which are new), and one {@code CaseCreated} or {@code CaseRejected} per approval goes into the
 * outbox. Either all of it commits or none of it does; an approval whose case the database refuses is answered
 * {@code INVALID} on its own ({@link #reject}).
 */
@Service
public class CaseIntake {

	private static final Logger logger = LoggerFactory.getLogger(CaseIntake.class);

	private final JdbcClient jdbc;

	private final CollectionCases cases;

	private final Outbox outbox;

	private final ProcessedEvents processed;

	private final DraftChecks checks;

	private final Clock clock;

	CaseIntake(JdbcClient jdbc, CollectionCases cases, Outbox outbox, ProcessedEvents processed, DraftChecks checks,
			Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.outbox = outbox;
		this.processed = processed;
		this.checks = checks;
		this.clock = clock;
	}

	/**
	 * Handles approvals in the order given (per partition, the order they were approved in).
	 * @param approvals the approvals, must not be null
	 * @return what became of them
	 */
	@Transactional
	public Outcome accept(List<CaseDraftApproved> approvals) {
		Assert.notNull(approvals, "approvals must not be null");
		boolean[] firstTime = claim(approvals);
		Instant now = this.clock.instant();
		Event[] outcomes = new Event[approvals.size()];
		List<Integer> valid = new ArrayList<>();
		List<CollectionCase> candidates = new ArrayList<>();
		List<Integer> redelivered = new ArrayList<>();
		for (int i = 0; i < approvals.size(); i++) {
			CaseDraftApproved approval = approvals.get(i);
			if (!firstTime[i]) {
				redelivered.add(i);
				continue;
			}
			DraftChecks.Checked checked = this.checks.check(approval.draft());
			List<FieldIssue> violations = checked.violations();
			if (violations.isEmpty()) {
				valid.add(i);
				candidates.add(toCase(approval, checked.draft(), now));
			}
			else {
				outcomes[i] = rejected(approval, CaseRejectionReason.INVALID, null, violations,
						"The draft breaks " + violations.size() + " rule(s)");
			}
		}
		Set<CaseId> inserted = this.cases.insertNew(candidates);
		List<Integer> clashing = new ArrayList<>();
		List<CollectionCase> clashingCases = new ArrayList<>();
		for (int n = 0; n < candidates.size(); n++) {
			CollectionCase candidate = candidates.get(n);
			int i = valid.get(n);
			if (inserted.contains(candidate.id())) {
				outcomes[i] = created(approvals.get(i), candidate);
			}
			else {
				clashing.add(i);
				clashingCases.add(candidate);
			}
		}
		List<CaseConflict> conflicts = this.cases.conflicts(clashingCases);
		for (int n = 0; n < clashing.size(); n++) {
			int i = clashing.get(n);
			outcomes[i] = conflictRejection(approvals.get(i), conflicts.get(n));
		}
		// Looked up after the inserts, so that a copy within this batch names the case its original just created.
		List<@Nullable CaseId> openCases = this.cases.openCases(redelivered.stream()
			.map((i) -> new CollectionCases.Invoice(approvals.get(i).metadata().accountId(),
					approvals.get(i).draft().source()))
			.toList());
		for (int n = 0; n < redelivered.size(); n++) {
			int i = redelivered.get(n);
			outcomes[i] = redeliveryRejection(approvals.get(i), openCases.get(n));
		}
		if (!redelivered.isEmpty()) {
			CaseDraftApproved example = approvals.get(redelivered.get(0));
			logger.warn("Answered {} redelivered approval(s), already processed, with DUPLICATE; e.g. event {} (case {})",
					redelivered.size(), example.metadata().eventId(), openCases.get(0));
		}
		List<OutboxEntry> entries = new ArrayList<>(approvals.size());
		Set<UUID> answered = new HashSet<>();
		Outcome outcome = new Outcome(0, 0, 0);
		for (int i = 0; i < approvals.size(); i++) {
			Event event = outcomes[i];
			if (event instanceof CaseCreated created) {
				entries.add(new OutboxEntry(Topics.CASE_CREATED, created, created.caseId(),
						Topics.invoiceKey(created.metadata(), created.source().invoiceId())));
				outcome = outcome.plusCreated();
			}
			else if (!firstTime[i]) {
				// Copies of one approval within a batch share the answer's event id; one answer is enough.
				if (answered.add(event.metadata().eventId())) {
					entries.add(rejection((CaseRejected) event));
				}
				outcome = outcome.plusRedelivered();
			}
			else {
				entries.add(rejection((CaseRejected) event));
				outcome = outcome.plusRejected();
			}
		}
		this.outbox.append(entries);
		return outcome;
	}

	/**
	 * The event id of the answer to a redelivered approval: derived from the approval's event id, so that every
	 * redelivery of one approval is answered under the same id and consumers that de-duplicate see one answer.
	 * @param approvalEventId the redelivered approval's event id
	 * @return the {@code CaseRejected} event id
	 */
	public static UUID redeliveryRejectionId(UUID approvalEventId) {
		return UUID.nameUUIDFromBytes(
				("CaseRejected:duplicate:" + approvalEventId).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Answers an approval whose case the database refused ({@code INVALID}, the reason in words) and records it as
	 * processed, in a transaction of its own, so that the draft goes back to the creditor and the approvals behind it
	 * carry on.
	 * @param approval the approval, must not be null
	 * @param failure why its case could not be stored, must not be null
	 * @return {@code false} when the approval had been processed before, so that its first answer stands
	 */
	@Transactional
	public boolean reject(CaseDraftApproved approval, Throwable failure) {
		Assert.notNull(approval, "approval must not be null");
		Assert.notNull(failure, "failure must not be null");
		if (!this.processed.firstDelivery(approval)) {
			return false;
		}
		StorageRefusal refusal = StorageRefusal.of(approval, failure);
		this.outbox.append(List.of(rejection(rejected(approval, CaseRejectionReason.INVALID, null,
				refusal.violations(), refusal.detail()))));
		return true;
	}

	/**
	 * Answers are keyed like the approvals they answer, by connection + invoice: one large approval spreads over the
	 * partitions, and one invoice's answers stay in order.
	 */
	private static OutboxEntry rejection(CaseRejected rejected) {
		return OutboxEntry.keyed(Topics.CASE_REJECTED, rejected,
				Topics.invoiceKey(rejected.metadata(), rejected.source().invoiceId()));
	}

	/**
	 * Whether the database answers now: a failure of unknown kind during an outage (a rollback on a connection the
	 * server cut) must be waited out, not answered as if the approval were at fault.
	 * @return {@code true} when a trivial query succeeds
	 */
	public boolean databaseAnswers() {
		try {
			this.jdbc.sql("SELECT 1").query(Integer.class).single();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Records the approvals' event ids as processed.
	 * @return per approval, whether it is seen for the first time (the first of several copies within one batch);
	 * the others are redeliveries of an approval already processed
	 */
	private boolean[] claim(List<CaseDraftApproved> approvals) {
		boolean[] firstTime = new boolean[approvals.size()];
		Set<UUID> claimed = new HashSet<>();
		this.processed.firstDeliveries(approvals).forEach((approval) -> claimed.add(approval.metadata().eventId()));
		for (int i = 0; i < approvals.size(); i++) {
			firstTime[i] = claimed.remove(approvals.get(i).metadata().eventId());
		}
		return firstTime;
	}

	private static CollectionCase toCase(CaseDraftApproved approval, CaseDraft draft, Instant now) {
		EventMetadata metadata = approval.metadata();
		CaseOrigin origin = new CaseOrigin(metadata.eventId(), approval.approvedBy(), metadata.connectionId(),
				metadata.importId(), metadata.correlationId());
		return new CollectionCase(CaseId.random(), metadata.accountId(), draft.draftId(), draft.creditorReference(),
				draft.caseDate(), draft.dueDate(), draft.amountToRecover(), draft.invoiceTotal(), draft.currency(),
				draft.debtor(), draft.jurisdiction(), draft.source(), origin, CaseStatus.CREATED, now, now, null,
				(draft.openBalance() != null) ? draft.openBalance() : draft.amountToRecover(), null);
	}

	private static CaseCreated created(CaseDraftApproved approval, CollectionCase created) {
		return new CaseCreated(approval.metadata().next(CaseCreated.CONTRACT), created.id().value(),
				created.draftId(), created.source(), created.creditorReference(), created.caseDate(),
				created.dueDate(), created.amountToRecover(), created.originalTotal(), created.currency(),
				created.jurisdiction(), created.debtor().type(), created.debtor().name(), created.status());
	}

	private static CaseRejected conflictRejection(CaseDraftApproved approval, CaseConflict conflict) {
		if (conflict.sameInvoice() != null) {
			return rejected(approval, CaseRejectionReason.DUPLICATE, conflict.sameInvoice(), List.of(),
					"Case " + conflict.sameInvoice() + " is already open for this invoice");
		}
		if (conflict.sameReference() != null) {
			return rejected(approval, CaseRejectionReason.DUPLICATE_REFERENCE, conflict.sameReference(), List.of(),
					"Case " + conflict.sameReference() + " already uses creditor reference "
							+ approval.draft().creditorReference());
		}
		// The clashing case disappeared between the insert and the lookup; retrying the batch decides again.
		throw new IllegalStateException("Draft " + approval.draft().draftId() + " clashed with a case that is gone");
	}

	/**
	 * The answer to an approval processed before: {@code DUPLICATE} with the invoice's open case, under an event id
	 * derived from the approval's. When the invoice has no open case (the first processing rejected the approval as
	 * invalid or for its creditor reference, and no other approval created one since), there is no case to name:
	 * {@code existingCaseId} is empty and the first answer stands.
	 */
	private static CaseRejected redeliveryRejection(CaseDraftApproved approval, @Nullable CaseId openCase) {
		CaseDraft draft = approval.draft();
		EventMetadata next = approval.metadata().next(CaseRejected.CONTRACT);
		EventMetadata metadata = new EventMetadata(redeliveryRejectionId(approval.metadata().eventId()),
				next.eventType(), next.eventVersion(), next.occurredAt(), next.accountId(), next.connectionId(),
				next.importId(), next.correlationId());
		String detail = (openCase != null)
				? "Approval " + approval.metadata().eventId() + " was already processed; case " + openCase
						+ " is open for this invoice"
				: "Approval " + approval.metadata().eventId()
						+ " was already processed and created no case; its first answer stands";
		return new CaseRejected(metadata, draft.draftId(), draft.source(), draft.creditorReference(),
				CaseRejectionReason.DUPLICATE, (openCase != null) ? openCase.value() : null, List.of(), detail);
	}

	private static CaseRejected rejected(CaseDraftApproved approval, CaseRejectionReason reason,
			@Nullable CaseId existing, List<FieldIssue> violations, String detail) {
		CaseDraft draft = approval.draft();
		return new CaseRejected(approval.metadata().next(CaseRejected.CONTRACT), draft.draftId(), draft.source(),
				draft.creditorReference(), reason, (existing != null) ? existing.value() : null, violations, detail);
	}

	/**
	 * What became of a batch of approvals.
	 *
	 * @param redelivered approvals already processed before, answered {@code DUPLICATE} and otherwise ignored
	 * @param created approvals that became cases
	 * @param rejected approvals seen for the first time that were rejected
	 */
	public record Outcome(int redelivered, int created, int rejected) {

		Outcome plusRedelivered() {
			return new Outcome(this.redelivered + 1, this.created, this.rejected);
		}

		Outcome plusCreated() {
			return new Outcome(this.redelivered, this.created + 1, this.rejected);
		}

		Outcome plusRejected() {
			return new Outcome(this.redelivered, this.created, this.rejected + 1);
		}

	}

}
