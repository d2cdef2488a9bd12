package com.qbobridge.imports.errors;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A domain failure that answers as its own RFC 9457 problem ({@code https://qbobridge.com/problems/<type>}), so that
 * each feature owns its errors and the root advice needs to know none of them.
 */
public abstract class ProductProblem extends ErrorResponseException {

	private static final String TYPES = "https://qbobridge.com/problems/";

	private final String message;

	/**
	 * A problem whose detail is its message.
	 * @param status the HTTP status
	 * @param type the last segment of the problem type URI
	 * @param title the problem's title
	 * @param message what went wrong, in words, for the answer, logs and pages
	 */
	protected ProductProblem(HttpStatus status, String type, String title, String message) {
		this(status, type, title, message, message, null);
	}

	/**
	 * A problem whose detail adds advice to its message.
	 * @param status the HTTP status
	 * @param type the last segment of the problem type URI
	 * @param title the problem's title
	 * @param message what went wrong, for logs and pages
	 * @param detail the answer's detail
	 * @param cause what caused it, if anything
	 */
	protected ProductProblem(HttpStatus status, String type, String title, String message, String detail,
			@Nullable Throwable cause) {
		super(status, problem(status, type, title, detail), cause);
		this.message = message;
	}

	/** The plain message for logs and pages (the problem's detail may add advice). */
	@Override
	public String getMessage() {
		return this.message;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPES + type));
		problem.setTitle(title);
		return problem;
	}

}
