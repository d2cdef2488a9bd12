package com.qbobridge.connector.quickbooks;

import org.jspecify.annotations.Nullable;

/**
 * One {@code Error} of an Intuit {@code Fault}.
 *
 * @param code Intuit's error code, e.g. {@code 3200} or {@code 003001}
 * @param message the short message, e.g. {@code message=ThrottleExceeded; errorCode=003001; statusCode=429}
 * @param detail the longer explanation
 * @param element the request element concerned, when Intuit names one
 */
public record IntuitError(@Nullable String code, @Nullable String message, @Nullable String detail,
		@Nullable String element) {

}
