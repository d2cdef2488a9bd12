package com.qbobridge.sandbox.accounting.query;

/**
 * Thrown when Intuit would reject a query: {@code 4000} (QueryParserError, the text does not parse) or {@code 4001}
 * (QueryValidationError, it parses but names something that cannot be queried).
 */
public class QueryRejected extends RuntimeException {

	private final String code;

	private final String faultMessage;

	private QueryRejected(String code, String faultMessage, String detail) {
		super(detail);
		this.code = code;
		this.faultMessage = faultMessage;
	}

	public static QueryRejected parserError(String detail) {
		return new QueryRejected("4000", "Error parsing query", "QueryParserError: " + detail);
	}

	public static QueryRejected validationError(String detail) {
		return new QueryRejected("4001", "Invalid query", "QueryValidationError: " + detail);
	}

	/** Intuit's error code, {@code 4000} or {@code 4001}. */
	public String code() {
		return this.code;
	}

	/** Intuit's {@code Message}; {@link #getMessage()} is the {@code Detail}. */
	public String faultMessage() {
		return this.faultMessage;
	}

}
