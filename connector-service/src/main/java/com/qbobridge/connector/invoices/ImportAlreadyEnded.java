package com.qbobridge.connector.invoices;

import java.util.UUID;

/**
 * The import a worker is fetching is no longer its own: it has already ended, or the sweep took it over while the
 * worker was silent and another attempt fetches it now, so the worker stops instead of publishing more for it or
 * overwriting its outcome.
 */
class ImportAlreadyEnded extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ImportAlreadyEnded(UUID importId) {
		super("Import " + importId + " has already ended or was taken over");
	}

}
