package com.qbobridge.sandbox.faults;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * One error as Intuit reports it, and the three body shapes Intuit wraps it in: the {@code Fault} JSON, the gateway's
 * lower-case {@code fault} JSON (401) and the {@code IntuitResponse} XML.
 *
 * @param status the HTTP status
 * @param type the fault type, e.g. {@code ValidationFault}
 * @param code Intuit's error code, e.g. {@code 4000}
 * @param message the {@code Message}
 * @param detail the {@code Detail}
 * @param element the {@code element}, or {@code null}
 */
public record IntuitFault(HttpStatus status, String type, String code, String message, String detail,
		@Nullable String element) {

	/** 401: a missing, malformed, expired or revoked access token. */
	public static IntuitFault authenticationFailed(String detail) {
		return new IntuitFault(HttpStatus.UNAUTHORIZED, "AUTHENTICATION", "3200",
				"message=AuthenticationFailed; errorCode=003200; statusCode=401", detail, null);
	}

	/** 403: the token may not use this company or lacks the accounting scope. */
	public static IntuitFault authorizationFailed(String detail) {
		return new IntuitFault(HttpStatus.FORBIDDEN, "AuthorizationFault", "3100",
				"message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403", detail, null);
	}

	/** 429: more than the per-realm request or concurrency limit. */
	public static IntuitFault throttleExceeded() {
		return new IntuitFault(HttpStatus.TOO_MANY_REQUESTS, "SERVICE", "3001",
				"message=ThrottleExceeded; errorCode=003001; statusCode=429", "The request limit was reached.", null);
	}

	/**
	 * A throttle answered with the given status: 429, or 403 as Intuit's gateway has answered throttles too, with
	 * the status in the message.
	 */
	public static IntuitFault throttleExceeded(int status) {
		if (status == 429) {
			return throttleExceeded();
		}
		return new IntuitFault(HttpStatus.valueOf(status), "SERVICE", "3001",
				"message=ThrottleExceeded; errorCode=003001; statusCode=" + status,
				"The request limit was reached.  Try again later", null);
	}

	/**
	 * 401 from the gateway when a request reaches a data centre that does not host the company ("Accessing Wrong
	 * Cluster", code 130); the token is valid.
	 */
	public static IntuitFault wrongCluster() {
		return new IntuitFault(HttpStatus.UNAUTHORIZED, "AUTHENTICATION", "130",
				"message=Accessing Wrong Cluster; errorCode=000130; statusCode=401", "Accessing Wrong Cluster", null);
	}

	/** 500: Intuit's generic system failure. */
	public static IntuitFault systemFailure() {
		return new IntuitFault(HttpStatus.INTERNAL_SERVER_ERROR, "SystemFault", "10000",
				"An application error has occurred while processing your request",
				"System Failure Error: An unexpected error occurred while accessing or saving your data. Please wait a few minutes and try again. If the problem persists, contact customer support.",
				null);
	}

	/** 503: the service is temporarily unavailable. */
	public static IntuitFault serviceUnavailable() {
		return new IntuitFault(HttpStatus.SERVICE_UNAVAILABLE, "SystemFault", "10000",
				"An application error has occurred while processing your request",
				"System Failure Error: The service is temporarily unavailable. Please wait a few minutes and try again.",
				null);
	}

	/** 400 ValidationFault 610: the entity does not exist or was deleted; Intuit's text names neither. */
	public static IntuitFault objectNotFound() {
		return new IntuitFault(HttpStatus.BAD_REQUEST, "ValidationFault", "610", "Object Not Found",
				"Object Not Found : Something you're trying to use has been made inactive. Check the fields with accounts, customers, items, vendors or employees.",
				"");
	}

	/** 400 ValidationFault for a query Intuit rejects. */
	public static IntuitFault invalidQuery(String code, String message, String detail) {
		return new IntuitFault(HttpStatus.BAD_REQUEST, "ValidationFault", code, message, detail, null);
	}

	/** The usual {@code {"Fault":{"Error":[...],"type":...},"time":...}} body. */
	public Map<String, Object> body(String time) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("Message", this.message);
		error.put("Detail", this.detail);
		error.put("code", this.code);
		if (this.element != null) {
			error.put("element", this.element);
		}
		Map<String, Object> fault = new LinkedHashMap<>();
		fault.put("Error", List.of(error));
		fault.put("type", this.type);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("Fault", fault);
		body.put("time", time);
		return body;
	}

	/** The API gateway's body, lower-case keys and all the empty members it carries. */
	public Map<String, Object> gatewayBody(long epochMillis) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", this.message);
		error.put("detail", this.detail);
		error.put("code", this.code);
		error.put("element", this.element);
		Map<String, Object> fault = new LinkedHashMap<>();
		fault.put("error", List.of(error));
		fault.put("type", this.type);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("warnings", null);
		body.put("intuitObject", null);
		body.put("fault", fault);
		body.put("report", null);
		body.put("queryResponse", null);
		body.put("batchItemResponse", List.of());
		body.put("attachableResponse", List.of());
		body.put("syncErrorResponse", null);
		body.put("requestId", null);
		body.put("time", epochMillis);
		body.put("status", null);
		body.put("cdcresponse", List.of());
		return body;
	}

	/** The {@code IntuitResponse} XML body Intuit sometimes sends even when JSON was asked for. */
	public String xmlBody(String time) {
		return """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="%s">
				    <Fault type="%s">
				        <Error code="%s">
				            <Message>%s</Message>
				            <Detail>%s</Detail>
				        </Error>
				    </Fault>
				</IntuitResponse>
				""".formatted(time, this.type, this.code, HtmlUtils.htmlEscape(this.message),
				HtmlUtils.htmlEscape(this.detail));
	}

}
