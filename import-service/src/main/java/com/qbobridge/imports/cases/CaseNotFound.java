package com.qbobridge.imports.cases;

import java.util.UUID;

/**
 * case-service has no case with this id for the account.
 */
public class CaseNotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CaseNotFound(UUID caseId) {
		super("There is no case " + caseId);
	}

}
