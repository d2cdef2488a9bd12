package com.qbobridge.imports.review;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A selection was submitted with no ready draft left in it, or a second time.
 */
public class NothingToSubmit extends ErrorResponseException {

	public NothingToSubmit(String detail) {
		super(HttpStatus.CONFLICT, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setType(URI.create("https://qbobridge.com/problems/nothing-to-submit"));
		problem.setTitle("Nothing to submit");
		return problem;
	}

}
