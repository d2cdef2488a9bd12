package com.qbobridge.imports.jobs;

import com.qbobridge.imports.errors.ProductProblem;

import org.springframework.http.HttpStatus;

/**
 * The import is not in a state that allows the action, e.g. retrying an import that did not fail.
 */
public class ImportStateConflict extends ProductProblem {

	public ImportStateConflict(String message) {
		super(HttpStatus.CONFLICT, "import-state-conflict", "Not possible now", message);
	}

}
