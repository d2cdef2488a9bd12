package com.qbobridge.connector.invoices;

import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.imports.ImportRequested;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands {@code imports.import-requested} to the {@link FetchRunner}. The backbone reads each record into
 * {@link ImportRequested} (never the producer's {@code __TypeId__}) and sends a record it cannot read, or one the
 * runner rejects as unprocessable, to {@code imports.import-requested-dlt} with the reason.
 */
@Component
class ImportRequestListener {

	private final FetchRunner fetches;

	ImportRequestListener(FetchRunner fetches) {
		this.fetches = fetches;
	}

	@KafkaListener(id = "import-requests", idIsGroup = false, topics = Topics.IMPORT_REQUESTED)
	void on(ImportRequested request) {
		this.fetches.on(request);
	}

}
