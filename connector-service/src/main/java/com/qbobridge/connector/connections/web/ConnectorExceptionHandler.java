package com.qbobridge.connector.connections.web;

import java.net.URI;

import com.qbobridge.connector.connections.ConnectionNotFound;
import com.qbobridge.connector.oauth.ConnectFlowNotBound;
import com.qbobridge.connector.oauth.ConnectFlowNotFound;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the connector's domain exceptions (and Spring MVC's own) into RFC 9457 problem details with stable types.
 */
@RestControllerAdvice
class ConnectorExceptionHandler extends ResponseEntityExceptionHandler {

	static final URI CONNECTION_NOT_FOUND = URI.create("https://qbobridge.com/problems/connection-not-found");

	static final URI CONNECT_FLOW_NOT_FOUND = URI.create("https://qbobridge.com/problems/connect-flow-not-found");

	static final URI CONNECT_FLOW_NOT_BOUND = URI.create("https://qbobridge.com/problems/connect-flow-not-bound");

	@ExceptionHandler
	ProblemDetail connectFlowNotFound(ConnectFlowNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, CONNECT_FLOW_NOT_FOUND, "Connect flow not found", ex);
	}

	@ExceptionHandler
	ProblemDetail connectFlowNotBound(ConnectFlowNotBound ex) {
		return problem(HttpStatus.FORBIDDEN, CONNECT_FLOW_NOT_BOUND, "Connect flow started in another browser", ex);
	}

	@ExceptionHandler
	ProblemDetail connectionNotFound(ConnectionNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, CONNECTION_NOT_FOUND, "Connection not found", ex);
	}

	private static ProblemDetail problem(HttpStatus status, URI type, String title, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

}
