package com.qbobridge.imports.jobs;

import java.util.UUID;

import com.qbobridge.messaging.consuming.UnprocessableEvent;
import com.qbobridge.schemas.Event;

/**
 * The check every import-level event passes before it is applied: it must name its import.
 */
public final class ImportEvents {

	private ImportEvents() {
	}

	/**
	 * The import an event is about.
	 * @param event the event read from its topic
	 * @return the import id
	 * @throws UnprocessableEvent if the event names no import, which no retry can change
	 */
	public static UUID importIdOf(Event event) {
		UUID importId = event.metadata().importId();
		if (importId == null) {
			throw new UnprocessableEvent(
					event.metadata().eventType() + " " + event.metadata().eventId() + " has no importId");
		}
		return importId;
	}

}
