package com.qbobridge.cases.outbox;

import java.util.List;

/**
 * Published in-process, inside the relay's transaction, once the broker acknowledged a round of events, so that the
 * entities they describe can record it in the same transaction that removes the events from the outbox.
 *
 * @param messages the events the broker acknowledged
 */
public record EventsRelayed(List<OutboxMessage> messages) {

	public EventsRelayed {
		messages = List.copyOf(messages);
	}

}
