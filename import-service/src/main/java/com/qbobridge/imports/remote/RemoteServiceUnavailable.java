package com.qbobridge.imports.remote;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A service import-service depends on did not answer, or answered with an error it cannot pass on.
 */
public class RemoteServiceUnavailable extends ErrorResponseException {

	private final String message;

	private final String service;

	public RemoteServiceUnavailable(String service, Throwable cause) {
		this(service, service + " is not available right now", cause);
	}

	private RemoteServiceUnavailable(String service, String message, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(message + ". Try again in a moment."), cause);
		getBody().setProperty("service", service);
		this.service = service;
		this.message = message;
	}

	/**
	 * The service that failed.
	 * @return e.g. {@code connector-service}
	 */
	public String service() {
		return this.service;
	}

	/** The plain message for logs and pages (the problem's detail may add advice). */
	@Override
	public String getMessage() {
		return this.message;
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setType(URI.create("https://qbobridge.com/problems/service-unavailable"));
		problem.setTitle("Service unavailable");
		return problem;
	}

}
