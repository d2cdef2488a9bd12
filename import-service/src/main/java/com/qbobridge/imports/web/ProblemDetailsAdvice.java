package com.qbobridge.imports.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every API error into an RFC 9457 ProblemDetail with a stable type URI; validation errors list each field
 * with what is wrong with it. Domain exceptions are {@link ErrorResponseException}s that carry their own problem
 * (type, title, detail, properties), so this advice knows no feature; ids of other accounts answer 404 like ids
 * that do not exist because the features throw their not-found exceptions for both.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final String TYPES = "https://qbobridge.com/problems/";

	/**
	 * The domain's own errors carry their ProblemDetail ({@link ErrorResponseException}); those that mean another
	 * part of the system is away are worth a warning in the log.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleErrorResponseException(ErrorResponseException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (status.is5xxServerError()) {
			logger.warn("{}: {}", ex.getMessage(), NestedExceptionUtils.getMostSpecificCause(ex).toString());
		}
		return super.handleErrorResponseException(ex, headers, status, request);
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidRequest ex) {
		return invalid(ex.problems());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			problems.add(new InvalidRequest.FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> problems.add(new InvalidRequest.FieldProblem(error.getObjectName(),
					String.valueOf(error.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				problems.add(new InvalidRequest.FieldProblem(String.valueOf(name),
						String.valueOf(error.getDefaultMessage())));
			}
		});
		return ResponseEntity.badRequest().body(invalid(problems));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		return ResponseEntity.badRequest()
			.body(invalid(List.of(new InvalidRequest.FieldProblem(name, expectation(ex.getRequiredType())))));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = json.getPath().stream().map((reference) -> (reference.getPropertyName() != null)
					? reference.getPropertyName() : "[" + reference.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
			Class<?> target = (cause instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
			return ResponseEntity.badRequest()
				.body(invalid(List.of(new InvalidRequest.FieldProblem(field, expectation(target)))));
		}
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
					"The request body is missing or is not valid JSON."));
	}

	private static String expectation(@Nullable Class<?> type) {
		if (type == null) {
			return "has the wrong type";
		}
		if (String.class.equals(type)) {
			return "must be text";
		}
		if (LocalDate.class.equals(type)) {
			return "must be a date like 2026-01-31";
		}
		if (UUID.class.equals(type)) {
			return "must be a UUID";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining(", "));
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "must be a number";
		}
		return "must be a " + type.getSimpleName();
	}

	private static ProblemDetail invalid(List<InvalidRequest.FieldProblem> problems) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				problems.stream().map((p) -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
		problem.setProperty("errors", problems.stream()
			.map((p) -> Map.of("field", p.field(), "message", p.message()))
			.toList());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.valueOf(detail));
		problem.setType(URI.create(TYPES + type));
		problem.setTitle(title);
		return problem;
	}

}
