package com.qbobridge.cases.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.qbobridge.cases.cases.CaseConflict;
import com.qbobridge.cases.cases.CaseId;
import com.qbobridge.cases.cases.CaseOrigin;
import com.qbobridge.cases.cases.CollectionCase;
import com.qbobridge.cases.cases.CollectionCases;
import com.qbobridge.cases.outbox.Outbox;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Turns a batch of approvals into cases and outcome events in one database transaction: the approvals' event ids are
 * claimed in {@code processed_events} (a redelivered approval is skipped), each draft is validated once more, the
 * valid ones are inserted (the unique indexes decide which are new), and one {@code CaseCreated} or
 * {@code CaseRejected} per approval goes into the outbox. Either all of it commits or none of it does.
 */
@Service
public class CaseIntake {

	private static final Logger logger = LoggerFactory.getLogger(CaseIntake.class);

	private final JdbcClient jdbc;

	private final CollectionCases cases;

	private final Outbox outbox;

	private final DraftChecks checks;

	private final Clock clock;

	CaseIntake(JdbcClient jdbc, CollectionCases cases, Outbox outbox, DraftChecks checks, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.outbox = outbox;
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
		List<CaseDraftApproved> fresh = claim(approvals);
		Instant now = this.clock.instant();
		Map<CaseDraftApproved, Event> outcomes = new LinkedHashMap<>();
		List<CaseDraftApproved> valid = new ArrayList<>();
		List<CollectionCase> candidates = new ArrayList<>();
		for (CaseDraftApproved approval : fresh) {
			List<FieldIssue> violations = this.checks.violations(approval.draft());
			if (violations.isEmpty()) {
				valid.add(approval);
				candidates.add(toCase(approval, now));
			}
			else {
				outcomes.put(approval, rejected(approval, CaseRejectionReason.INVALID, null, violations,
						"The draft breaks " + violations.size() + " rule(s)"));
			}
		}
		Set<CaseId> inserted = this.cases.insertNew(candidates);
		List<CaseDraftApproved> clashing = new ArrayList<>();
		List<CollectionCase> clashingCases = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			CollectionCase candidate = candidates.get(i);
			if (inserted.contains(candidate.id())) {
				outcomes.put(valid.get(i), created(valid.get(i), candidate));
			}
			else {
				clashing.add(valid.get(i));
				clashingCases.add(candidate);
			}
		}
		List<CaseConflict> conflicts = this.cases.conflicts(clashingCases);
		for (int i = 0; i < clashing.size(); i++) {
			outcomes.put(clashing.get(i), conflictRejection(clashing.get(i), conflicts.get(i)));
		}
		List<Outbox.Entry> entries = new ArrayList<>(fresh.size());
		Outcome outcome = new Outcome(approvals.size() - fresh.size(), 0, 0);
		for (CaseDraftApproved approval : fresh) {
			Event event = outcomes.get(approval);
			if (event instanceof CaseCreated created) {
				entries.add(new Outbox.Entry(Topics.CASE_CREATED, created, created.caseId()));
				outcome = outcome.plusCreated();
			}
			else {
				entries.add(new Outbox.Entry(Topics.CASE_REJECTED, event, null));
				outcome = outcome.plusRejected();
			}
		}
		this.outbox.append(entries);
		return outcome;
	}

	/**
	 * Records the approvals' event ids as processed and keeps the approvals seen for the first time (the first of
	 * several copies within one batch).
	 */
	private List<CaseDraftApproved> claim(List<CaseDraftApproved> approvals) {
		if (approvals.isEmpty()) {
			return List.of();
		}
		String ids = "{" + String.join(",",
				approvals.stream().map((approval) -> approval.metadata().eventId().toString()).toList()) + "}";
		Set<UUID> claimed = new HashSet<>(this.jdbc.sql("""
				INSERT INTO processed_events (event_id, processed_at)
				SELECT id, CAST(:now AS timestamptz) FROM (SELECT DISTINCT unnest(CAST(:ids AS uuid[])) AS id) AS ids
				ON CONFLICT DO NOTHING
				RETURNING event_id""")
			.param("ids", ids)
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.list());
		List<CaseDraftApproved> fresh = new ArrayList<>(claimed.size());
		List<UUID> skipped = new ArrayList<>();
		for (CaseDraftApproved approval : approvals) {
			if (claimed.remove(approval.metadata().eventId())) {
				fresh.add(approval);
			}
			else {
				skipped.add(approval.metadata().eventId());
			}
		}
		if (!skipped.isEmpty()) {
			logger.warn("Skipped {} approval(s) already processed (redelivered), e.g. event {}", skipped.size(),
					skipped.get(0));
		}
		return fresh;
	}

	private static CollectionCase toCase(CaseDraftApproved approval, Instant now) {
		CaseDraft draft = approval.draft();
		EventMetadata metadata = approval.metadata();
		CaseOrigin origin = new CaseOrigin(metadata.eventId(), approval.approvedBy(), metadata.connectionId(),
				metadata.importId(), metadata.correlationId());
		return new CollectionCase(CaseId.random(), metadata.accountId(), draft.draftId(), draft.creditorReference(),
				draft.caseDate(), draft.dueDate(), draft.amountToRecover(), draft.invoiceTotal(), draft.currency(),
				draft.debtor(), draft.jurisdiction(), draft.source(), origin, CaseStatus.CREATED, now, now, null);
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

	private static CaseRejected rejected(CaseDraftApproved approval, CaseRejectionReason reason,
			@org.jspecify.annotations.Nullable CaseId existing, List<FieldIssue> violations, String detail) {
		CaseDraft draft = approval.draft();
		return new CaseRejected(approval.metadata().next(CaseRejected.CONTRACT), draft.draftId(), draft.source(),
				draft.creditorReference(), reason, (existing != null) ? existing.value() : null, violations, detail);
	}

	/**
	 * What became of a batch of approvals.
	 *
	 * @param skipped approvals already processed before (redeliveries)
	 * @param created approvals that became cases
	 * @param rejected approvals that were rejected
	 */
	public record Outcome(int skipped, int created, int rejected) {

		Outcome plusCreated() {
			return new Outcome(this.skipped, this.created + 1, this.rejected);
		}

		Outcome plusRejected() {
			return new Outcome(this.skipped, this.created, this.rejected + 1);
		}

	}

}
