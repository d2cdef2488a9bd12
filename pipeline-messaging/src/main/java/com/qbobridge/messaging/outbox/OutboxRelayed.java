package com.qbobridge.messaging.outbox;

import java.util.List;

/**
 * Published in-process inside the relay's transaction once the broker acknowledged a round, so that the entities the
 * events describe can record it in the transaction that removes the events from the outbox.
 *
 * @param messages the events the broker acknowledged
 */
public record OutboxRelayed(List<OutboxMessage> messages) {

	public OutboxRelayed {
		messages = List.copyOf(messages);
	}

}
