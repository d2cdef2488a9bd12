package com.qbobridge.imports.jobs;

/**
 * The import is not in a state that allows the action, e.g. retrying an import that did not fail.
 */
public class ImportStateConflict extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ImportStateConflict(String message) {
		super(message);
	}

}
