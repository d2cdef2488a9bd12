package com.qbobridge.connector.invoices;

import com.qbobridge.connector.messaging.UnreadableEvent;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.imports.ImportRequested;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads {@code imports.import-requested} into this service's own parameter type (no {@code __TypeId__}); a record
 * that is not a valid {@link ImportRequested} goes to the dead-letter topic with the reason.
 */
@Component
class ImportRequestListener {

	private final ImportManagement imports;

	ImportRequestListener(ImportManagement imports) {
		this.imports = imports;
	}

	@KafkaListener(id = "import-requests", idIsGroup = false, topics = Topics.IMPORT_REQUESTED)
	void on(String payload) {
		this.imports.on(read(payload));
	}

	static ImportRequested read(String payload) {
		ImportRequested request;
		try {
			request = EventJson.mapper().readValue(payload, ImportRequested.class);
		}
		catch (RuntimeException ex) {
			throw new UnreadableEvent("Not a valid ImportRequested: " + rootMessage(ex), ex);
		}
		if (request == null) {
			throw new UnreadableEvent("Not a valid ImportRequested: empty payload");
		}
		return request;
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return (message != null) ? message.lines().findFirst().orElse(message) : cause.getClass().getSimpleName();
	}

}
