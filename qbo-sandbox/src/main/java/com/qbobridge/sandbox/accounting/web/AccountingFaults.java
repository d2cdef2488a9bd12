package com.qbobridge.sandbox.accounting.web;

import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.qbobridge.sandbox.accounting.RealmNotFound;
import com.qbobridge.sandbox.accounting.query.QueryRejected;
import com.qbobridge.sandbox.common.IntuitTime;
import com.qbobridge.sandbox.faults.IntuitFault;

/**
 * Turns Accounting API failures into Intuit's {@code Fault} bodies (not ProblemDetails: this API imitates Intuit).
 */
@RestControllerAdvice(assignableTypes = { AccountingController.class, ChangeDataCaptureController.class })
class AccountingFaults {

	private static final Logger logger = LoggerFactory.getLogger(AccountingFaults.class);

	private final Clock clock;

	AccountingFaults(Clock clock) {
		this.clock = clock;
	}

	@ExceptionHandler(QueryRejected.class)
	ResponseEntity<Map<String, Object>> queryRejected(QueryRejected ex) {
		return respond(IntuitFault.invalidQuery(ex.code(), ex.faultMessage(), ex.getMessage()));
	}

	@ExceptionHandler(ObjectNotFound.class)
	ResponseEntity<Map<String, Object>> objectNotFound(ObjectNotFound ex) {
		return respond(IntuitFault.objectNotFound());
	}

	@ExceptionHandler(RealmNotFound.class)
	ResponseEntity<Map<String, Object>> realmNotFound(RealmNotFound ex) {
		return respond(IntuitFault.authorizationFailed(ex.getMessage()));
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<Map<String, Object>> unexpected(RuntimeException ex) {
		logger.error("Accounting API call failed", ex);
		return respond(IntuitFault.systemFailure());
	}

	private ResponseEntity<Map<String, Object>> respond(IntuitFault fault) {
		return ResponseEntity.status(fault.status()).body(fault.body(IntuitTime.responseTime(this.clock)));
	}

}
