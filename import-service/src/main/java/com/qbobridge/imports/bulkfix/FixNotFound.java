package com.qbobridge.imports.bulkfix;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The import has no such bulk fix, or it was undone already.
 */
public class FixNotFound extends ErrorResponseException {

	public FixNotFound(UUID fixId) {
		super(HttpStatus.NOT_FOUND, problem(fixId), null);
	}

	private static ProblemDetail problem(UUID fixId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No fix " + fixId + " to undo for this import.");
		problem.setType(URI.create("https://qbobridge.com/problems/fix-not-found"));
		problem.setTitle("Fix not found");
		return problem;
	}

}
