package com.qbobridge.connector.quickbooks;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Intuit's error body in one typed form, whichever of its shapes it arrived in ({@code Fault}/{@code Error},
 * lower-case {@code fault}/{@code error}, or XML {@code IntuitResponse}).
 *
 * @param type the fault type, e.g. {@code ValidationFault}, {@code AUTHENTICATION}, {@code SERVICE}
 * @param errors the errors, possibly none when the body was empty or not Intuit's
 */
public record IntuitFault(@Nullable String type, List<IntuitError> errors) {

	/** No fault could be read from the body. */
	public static final IntuitFault NONE = new IntuitFault(null, List.of());

	public IntuitFault {
		errors = List.copyOf(errors);
	}

	/**
	 * The first error's code, e.g. to recognise {@code 003001} (throttled).
	 * @return the code, or {@code null}
	 */
	public @Nullable String firstCode() {
		return this.errors.isEmpty() ? null : this.errors.get(0).code();
	}

	/** Anything that looks like a token: Intuit's 401 details may quote part of the rejected one. */
	private static final Pattern TOKEN_LIKE = Pattern.compile("(?=[A-Za-z._~+/=-]*[0-9])[A-Za-z0-9._~+/=-]{24,}");

	/**
	 * A one-line summary for logs and import failures; token-like strings are masked, since Intuit's 401 details
	 * may quote the rejected token.
	 * @return e.g. {@code SERVICE 003001 message=ThrottleExceeded...}
	 */
	public String summary() {
		if (this.errors.isEmpty()) {
			return (this.type != null) ? this.type : "no fault body";
		}
		IntuitError first = this.errors.get(0);
		StringBuilder summary = new StringBuilder();
		if (this.type != null) {
			summary.append(this.type).append(' ');
		}
		summary.append(first.code()).append(' ').append(first.message());
		if (first.detail() != null) {
			summary.append(" (").append(first.detail()).append(')');
		}
		return TOKEN_LIKE.matcher(summary).replaceAll("[masked]");
	}

}
