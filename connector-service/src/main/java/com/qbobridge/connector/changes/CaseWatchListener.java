package com.qbobridge.connector.changes;

import java.time.Clock;

import com.qbobridge.connector.changes.WatchedInvoice.State;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Starts watching the invoice behind every new case, from the version the case was made from. A redelivered
 * {@code CaseCreated} changes nothing; one for a connection this connector does not know breaks a foreign key and
 * goes to {@code cases.case-created-dlt} with the reason.
 */
@Component
class CaseWatchListener {

	private final WatchedInvoices watched;

	private final Clock clock;

	CaseWatchListener(WatchedInvoices watched, Clock clock) {
		this.watched = watched;
		this.clock = clock;
	}

	@KafkaListener(id = "case-watch", idIsGroup = false, topics = Topics.CASE_CREATED)
	void on(CaseCreated created) {
		if (created.metadata().connectionId() == null) {
			return;
		}
		this.watched.watch(new WatchedInvoice(created.metadata().connectionId(), created.source().invoiceId(),
				created.source().realmId(), created.caseId(), syncToken(created.source().syncToken()), null,
				created.amountToRecover(), created.invoiceTotal(), State.OPEN), this.clock.instant());
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
