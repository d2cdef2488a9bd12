package com.qbobridge.imports.messaging;

import java.util.UUID;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;

/**
 * The contract checks every consumer makes before acting on an event.
 */
public final class EventChecks {

	private EventChecks() {
	}

	/**
	 * Checks that the event is of the expected contract and carries an import id.
	 * @param event the event read from the topic
	 * @param contract the contract the topic carries
	 * @return the import id
	 * @throws MalformedEvent if the type does not match or the import id is missing
	 */
	public static UUID importIdOf(Event event, Contract contract) {
		requireType(event, contract);
		UUID importId = event.metadata().importId();
		if (importId == null) {
			throw new MalformedEvent(contract.eventType() + " " + event.metadata().eventId() + " has no importId");
		}
		return importId;
	}

	/**
	 * Checks that the event is of the expected contract.
	 * @param event the event read from the topic
	 * @param contract the contract the topic carries
	 * @throws MalformedEvent if it is not
	 */
	public static void requireType(Event event, Contract contract) {
		if (!contract.eventType().equals(event.metadata().eventType())) {
			throw new MalformedEvent("Expected " + contract.eventType() + " but got " + event.metadata().eventType());
		}
	}

}
