package com.qbobridge.connector.quickbooks;

import java.util.function.Predicate;

/**
 * The failures that count towards opening a realm's circuit breaker: QuickBooks unreachable or answering 5xx.
 * Throttling does not count (the rate limiter and retry handle it), nor do client errors. Named in application.yml
 * as the CircuitBreaker's {@code record-failure-predicate}.
 */
public class QuickBooksOutage implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		return (failure instanceof QuickBooksCallFailed call) && call.outage();
	}

}
