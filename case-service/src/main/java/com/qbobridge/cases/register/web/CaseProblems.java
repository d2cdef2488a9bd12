package com.qbobridge.cases.register.web;

import java.net.URI;

import com.qbobridge.cases.register.CaseNotFound;
import com.qbobridge.cases.register.InvalidCaseFilter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps the case API's failures to RFC 9457 ProblemDetails with stable type URIs; extending the base class makes
 * Spring MVC's own errors (a malformed case id, an unknown path) ProblemDetails too.
 */
@RestControllerAdvice
class CaseProblems extends ResponseEntityExceptionHandler {

	private static final String TYPES = "https://qbobridge.com/problems/";

	@ExceptionHandler
	ProblemDetail caseNotFound(CaseNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Your account has no case " + ex.id());
		problem.setType(URI.create(TYPES + "case-not-found"));
		problem.setTitle("Case not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidCaseFilter(InvalidCaseFilter ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some filter values cannot be read: " + String.join(", ", ex.errors().keySet()));
		problem.setType(URI.create(TYPES + "invalid-case-filter"));
		problem.setTitle("Invalid case filter");
		problem.setProperty("errors", ex.errors());
		return problem;
	}

}
