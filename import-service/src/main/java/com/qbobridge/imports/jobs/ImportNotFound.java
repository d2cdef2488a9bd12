package com.qbobridge.imports.jobs;

import java.util.UUID;

/**
 * The account has no import with this id (it may belong to another account, which must not be revealed).
 */
public class ImportNotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ImportNotFound(UUID importId) {
		super("There is no import " + importId);
	}

}
