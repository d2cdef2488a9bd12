package com.qbobridge.connector.connections.web;

import java.net.URI;

import com.qbobridge.connector.connections.ConnectionNotFound;

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

	@ExceptionHandler
	ProblemDetail connectionNotFound(ConnectionNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(CONNECTION_NOT_FOUND);
		problem.setTitle("Connection not found");
		return problem;
	}

}
