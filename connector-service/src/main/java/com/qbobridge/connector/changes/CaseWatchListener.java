package com.qbobridge.connector.changes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.qbobridge.connector.changes.WatchedInvoice.State;
import com.qbobridge.messaging.MessagingAutoConfiguration;
import com.qbobridge.messaging.consuming.DeadLetters;
import com.qbobridge.messaging.consuming.Failures;
import com.qbobridge.messaging.consuming.UnprocessableEvent;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Starts watching the invoice behind every new case, from the version the case was made from, a poll at a time in
 * one statement (a large approval creates thousands of cases at once). A redelivered {@code CaseCreated} changes
 * nothing; one for a connection this connector does not know, or that cannot be read, goes to
 * {@code cases.case-created-dlt} with the reason.
 */
@Component
class CaseWatchListener {

	private final WatchedInvoices watched;

	private final DeadLetters deadLetters;

	private final Clock clock;

	CaseWatchListener(WatchedInvoices watched, DeadLetters deadLetters, Clock clock) {
		this.watched = watched;
		this.deadLetters = deadLetters;
		this.clock = clock;
	}

	@KafkaListener(id = "case-watch", idIsGroup = false, topics = Topics.CASE_CREATED,
			containerFactory = MessagingAutoConfiguration.BATCH)
	void on(List<ConsumerRecord<String, @Nullable CaseCreated>> records) {
		List<ConsumerRecord<String, @Nullable CaseCreated>> readable = new ArrayList<>(records.size());
		List<ConsumerRecord<?, ?>> unreadable = new ArrayList<>();
		for (ConsumerRecord<String, @Nullable CaseCreated> record : records) {
			CaseCreated created = record.value();
			if (created == null) {
				unreadable.add(record);
			}
			else if (created.metadata().connectionId() != null) {
				readable.add(record);
			}
		}
		List<UUID> connections = readable.stream()
			.map((record) -> record.value().metadata().connectionId())
			.distinct()
			.toList();
		List<WatchedInvoice> invoices = new ArrayList<>(readable.size());
		List<ConsumerRecord<?, ?>> unknown = new ArrayList<>();
		try {
			Set<UUID> known = this.watched.knownConnections(connections);
			for (ConsumerRecord<String, @Nullable CaseCreated> record : readable) {
				CaseCreated created = record.value();
				if (known.contains(created.metadata().connectionId())) {
					invoices.add(watchOf(created));
				}
				else {
					unknown.add(record);
				}
			}
			this.watched.watchAll(invoices, this.clock.instant());
		}
		catch (RuntimeException ex) {
			// Only the database can fail here, and it will answer again: the poll comes back.
			throw new BatchListenerFailedException("Could not watch the invoices of new cases", ex, records.get(0));
		}
		unreadable.forEach((record) -> this.deadLetters.divert(record,
				Failures.unreadable(record, "Empty record: not a CaseCreated")));
		unknown.forEach((record) -> this.deadLetters.divert(record, new UnprocessableEvent("Connection "
				+ ((CaseCreated) record.value()).metadata().connectionId() + " is not known to this connector")));
	}

	private static WatchedInvoice watchOf(CaseCreated created) {
		return new WatchedInvoice(created.metadata().connectionId(), created.source().invoiceId(),
				created.source().realmId(), created.caseId(), syncToken(created.source().syncToken()), null,
				created.amountToRecover(), created.invoiceTotal(), State.OPEN);
	}

	private static @Nullable Long syncToken(@Nullable String token) {
		if (token == null) {
			return null;
		}
		try {
			return Long.valueOf(token.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
