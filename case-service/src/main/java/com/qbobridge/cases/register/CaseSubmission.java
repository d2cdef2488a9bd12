package com.qbobridge.cases.register;

import java.time.Clock;
import java.util.List;

import com.qbobridge.messaging.outbox.OutboxRelayed;
import com.qbobridge.schemas.cases.CaseCreated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves cases from CREATED to SUBMITTED once their {@code case.created} is on the broker: from then on the collection
 * side has been handed the case, and the status says so. Runs in the relay's transaction, so the status changes
 * together with the event leaving the outbox.
 */
@Component
class CaseSubmission {

	private final CollectionCases cases;

	private final Clock clock;

	CaseSubmission(CollectionCases cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@EventListener
	void on(OutboxRelayed event) {
		List<CaseId> created = event.messages()
			.stream()
			.filter((message) -> CaseCreated.CONTRACT.eventType().equals(message.event().eventType()))
			.filter((message) -> message.aggregateId() != null)
			.map((message) -> new CaseId(message.aggregateId()))
			.toList();
		this.cases.markSubmitted(created, this.clock.instant());
	}

}
