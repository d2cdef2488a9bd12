package com.qbobridge.sandbox.admin;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.qbobridge.sandbox.accounting.InvoiceNotFound;
import com.qbobridge.sandbox.accounting.PaymentRejected;
import com.qbobridge.sandbox.accounting.RealmNotFound;
import com.qbobridge.sandbox.accounting.ValueTooLong;

/**
 * Answers admin API errors as RFC 9457 problem details with stable type URIs.
 */
@RestControllerAdvice(assignableTypes = AdminController.class)
class AdminProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(RealmNotFound.class)
	ProblemDetail realmNotFound(RealmNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "realm-not-found", "Realm not found", ex.getMessage());
	}

	@ExceptionHandler(InvoiceNotFound.class)
	ProblemDetail invoiceNotFound(InvoiceNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "invoice-not-found", "Invoice not found", ex.getMessage());
	}

	@ExceptionHandler(PaymentRejected.class)
	ProblemDetail paymentRejected(PaymentRejected ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "payment-rejected", "Payment rejected", ex.getMessage());
	}

	@ExceptionHandler(ValueTooLong.class)
	ProblemDetail valueTooLong(ValueTooLong ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "value-too-long", "Value longer than QuickBooks allows",
				ex.getMessage() + " (Intuit ValidationFault " + ValueTooLong.CODE
						+ "); add ?intuitLimits=false to plant it anyway");
		problem.setProperty("field", ex.element());
		problem.setProperty("maxLength", ex.max());
		problem.setProperty("length", ex.supplied());
		return problem;
	}

	@ExceptionHandler({ IllegalArgumentException.class, IllegalStateException.class })
	ProblemDetail invalidRequest(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-admin-request", "Invalid admin request", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://qbobridge.com/problems/" + type));
		problem.setTitle(title);
		return problem;
	}

}
