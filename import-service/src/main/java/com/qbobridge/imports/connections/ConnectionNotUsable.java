package com.qbobridge.imports.connections;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The connection exists but cannot import now, e.g. it must be reconnected first.
 */
public class ConnectionNotUsable extends ErrorResponseException {

	private final String message;

	public ConnectionNotUsable(UUID connectionId, ConnectionState state) {
		this("Connection " + connectionId + " cannot import while it is '" + state.label() + "': " + state.action());
	}

	private ConnectionNotUsable(String message) {
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
		problem.setType(URI.create("https://qbobridge.com/problems/connection-not-usable"));
		problem.setTitle("Connection needs attention");
		return problem;
	}

}
