package com.qbobridge.cases.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.qbobridge.cases.register.CaseHistory;
import com.qbobridge.cases.register.CaseHistoryEntry;
import com.qbobridge.cases.register.CollectionCase;
import com.qbobridge.cases.register.CollectionCases;
import com.qbobridge.messaging.consuming.ProcessedEvents;
import com.qbobridge.messaging.outbox.Outbox;
import com.qbobridge.messaging.outbox.OutboxEntry;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseUpdated;
import com.qbobridge.schemas.connector.InvoiceChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Applies an invoice change to the invoice's case in one transaction: the event id is claimed (a redelivery changes
 * nothing), the case is locked, {@link CollectionCase#follow} decides (a repeated or overtaken version changes
 * nothing), and the case, its history entry and a {@code CaseUpdated} in the outbox are stored together. A change of
 * an invoice without a case is dropped.
 */
@Service
public class InvoiceFollowUp {

	private static final Logger logger = LoggerFactory.getLogger(InvoiceFollowUp.class);

	private final CollectionCases cases;

	private final CaseHistory history;

	private final ProcessedEvents processed;

	private final Outbox outbox;

	private final Clock clock;

	InvoiceFollowUp(CollectionCases cases, CaseHistory history, ProcessedEvents processed, Outbox outbox,
			Clock clock) {
		this.cases = cases;
		this.history = history;
		this.processed = processed;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Follows one change.
	 * @param event the change, must not be null
	 * @return what it did
	 */
	@Transactional
	public Outcome on(InvoiceChanged event) {
		Assert.notNull(event, "event must not be null");
		if (!this.processed.firstDelivery(event)) {
			return Outcome.REDELIVERED;
		}
		Optional<CollectionCase> found = this.cases.lockOfInvoice(event.metadata().accountId(), event.source());
		if (found.isEmpty()) {
			logger.debug("No case for invoice {} of realm {}: change {} dropped", event.source().invoiceId(),
					event.source().realmId(), event.metadata().eventId());
			return Outcome.NO_CASE;
		}
		Instant now = this.clock.instant();
		Optional<CollectionCase.Followed> followed = found.get().follow(event, now);
		if (followed.isEmpty()) {
			logger.info("Invoice change {} (SyncToken {}, {}) is not newer than case {} has applied: ignored",
					event.metadata().eventId(), event.source().syncToken(), event.lastUpdatedTime(),
					found.get().id());
			return Outcome.NOT_NEWER;
		}
		CollectionCase after = followed.get().after();
		this.cases.update(after);
		CaseHistoryEntry entry = followed.get().entry();
		if (entry == null) {
			return Outcome.VERSION_RECORDED;
		}
		this.history.record(entry);
		this.outbox.append(List.of(new OutboxEntry(Topics.CASE_UPDATED, updated(event, after, entry), after.id().value())));
		return Outcome.CHANGED;
	}

	private static CaseUpdated updated(InvoiceChanged event, CollectionCase after, CaseHistoryEntry entry) {
		return new CaseUpdated(event.metadata().next(CaseUpdated.CONTRACT), after.id().value(), after.source(),
				after.creditorReference(), entry.change(), entry.invoiceChange(), entry.previousAmount(),
				entry.amountToRecover(), entry.reportedBalance(), entry.currency(), entry.previousStatus(),
				entry.status(), entry.changedAt(), entry.invoiceChangedEventId(), entry.detail());
	}

	/**
	 * What following one change did.
	 */
	public enum Outcome {

		/** The event was handled before. */
		REDELIVERED,

		/** The invoice backs no case: dropped. */
		NO_CASE,

		/** The case has applied this version or a later one already. */
		NOT_NEWER,

		/** The newer version changed nothing the case claims; its version and balance were recorded. */
		VERSION_RECORDED,

		/** The case changed: history recorded, {@code CaseUpdated} in the outbox. */
		CHANGED

	}

}
