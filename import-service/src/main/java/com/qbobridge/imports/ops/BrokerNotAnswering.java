package com.qbobridge.imports.ops;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The Kafka broker did not answer the lag report's calls in time, so there are no numbers to show.
 */
public class BrokerNotAnswering extends ErrorResponseException {

	private final String message;

	BrokerNotAnswering(Duration timeout, Throwable cause) {
		this("The Kafka broker did not answer within " + timeout.toMillis() + " ms", cause);
	}

	private BrokerNotAnswering(String message, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(message + ". Try again in a moment."), cause);
		this.message = message;
	}

	/** The plain message for logs and pages (the problem's detail may add advice). */
	@Override
	public String getMessage() {
		return this.message;
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setType(URI.create("https://qbobridge.com/problems/broker-unavailable"));
		problem.setTitle("Kafka unavailable");
		return problem;
	}

}
