package com.qbobridge.imports.cases;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * case-service has no case with this id for the account.
 */
public class CaseNotFound extends ErrorResponseException {

	private final String message;

	public CaseNotFound(UUID caseId) {
		this("There is no case " + caseId);
	}

	private CaseNotFound(String message) {
		super(HttpStatus.NOT_FOUND, problem(message), null);
		this.message = message;
	}

	/** The plain message for logs and pages (the problem's detail may add advice). */
	@Override
	public String getMessage() {
		return this.message;
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setType(URI.create("https://qbobridge.com/problems/case-not-found"));
		problem.setTitle("Not found");
		return problem;
	}

}
