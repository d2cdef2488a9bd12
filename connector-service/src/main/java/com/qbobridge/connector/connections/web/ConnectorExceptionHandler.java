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
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(CONNECT_FLOW_NOT_FOUND);
		problem.setTitle("Connect flow not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail connectFlowNotBound(ConnectFlowNotBound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setType(CONNECT_FLOW_NOT_BOUND);
		problem.setTitle("Connect flow started in another browser");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail connectionNotFound(ConnectionNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(CONNECTION_NOT_FOUND);
		problem.setTitle("Connection not found");
		return problem;
	}

}
