package com.qbobridge.imports.drafts;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The import has no draft with this id: it never had one, or the draft became a case, was discarded or expired.
 */
public class DraftNotFound extends ErrorResponseException {

	private final String message;

	public DraftNotFound(UUID draftId) {
		this("There is no draft " + draftId + " in this import");
	}

	private DraftNotFound(String message) {
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
		problem.setType(URI.create("https://qbobridge.com/problems/draft-not-found"));
		problem.setTitle("Not found");
		return problem;
	}

}
