package com.qbobridge.imports.cases;

import java.util.UUID;

import com.qbobridge.imports.errors.ProductProblem;

import org.springframework.http.HttpStatus;

/**
 * case-service has no case with this id for the account.
 */
public class CaseNotFound extends ProductProblem {

	public CaseNotFound(UUID caseId) {
		super(HttpStatus.NOT_FOUND, "case-not-found", "Not found", "There is no case " + caseId);
	}

}
