package com.qbobridge.imports.jobs;

import java.util.UUID;

import com.qbobridge.imports.errors.ProductProblem;

import org.springframework.http.HttpStatus;

/**
 * The account has no import with this id (it may belong to another account, which must not be revealed).
 */
public class ImportNotFound extends ProductProblem {

	public ImportNotFound(UUID importId) {
		super(HttpStatus.NOT_FOUND, "import-not-found", "Not found", "There is no import " + importId);
	}

}
