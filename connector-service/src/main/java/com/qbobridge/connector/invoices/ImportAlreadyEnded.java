package com.qbobridge.connector.invoices;

import java.util.UUID;

/**
 * The import a worker is fetching has already ended (the sweep failed it while the worker was silent), so the worker
 * stops instead of publishing more for it or overwriting its outcome.
 */
class ImportAlreadyEnded extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ImportAlreadyEnded(UUID importId) {
		super("Import " + importId + " has already ended");
	}

}
