package com.qbobridge.imports.jobs;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The account has no import with this id (it may belong to another account, which must not be revealed).
 */
public class ImportNotFound extends ErrorResponseException {

	private final String message;

	public ImportNotFound(UUID importId) {
		this("There is no import " + importId);
	}

	private ImportNotFound(String message) {
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
		problem.setType(URI.create("https://qbobridge.com/problems/import-not-found"));
		problem.setTitle("Not found");
		return problem;
	}

}
