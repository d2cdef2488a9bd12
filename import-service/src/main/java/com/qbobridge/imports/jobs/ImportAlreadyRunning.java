package com.qbobridge.imports.jobs;

import java.util.UUID;

/**
 * An import of the same connection and filter is still running, so a second one would only duplicate it.
 */
public class ImportAlreadyRunning extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final UUID runningImportId;

	public ImportAlreadyRunning(UUID runningImportId) {
		super("An import of this connection with the same date filter is already running (import " + runningImportId
				+ "). Wait for it to finish, or discard it, before starting another.");
		this.runningImportId = runningImportId;
	}

	public UUID runningImportId() {
		return this.runningImportId;
	}

}
