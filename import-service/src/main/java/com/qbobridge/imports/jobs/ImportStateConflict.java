package com.qbobridge.imports.jobs;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The import is not in a state that allows the action, e.g. retrying an import that did not fail.
 */
public class ImportStateConflict extends ErrorResponseException {

	private final String message;

	public ImportStateConflict(String message) {
		super(HttpStatus.CONFLICT, problem(message), null);
		this.message = message;
	}

	/** The plain message for logs and pages (the problem's detail may add advice). */
	@Override
	public String getMessage() {
		return this.message;
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setType(URI.create("https://qbobridge.com/problems/import-state-conflict"));
		problem.setTitle("Not possible now");
		return problem;
	}

}
