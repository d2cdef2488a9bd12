package com.qbobridge.connector.quickbooks;

import java.util.function.Predicate;

/**
 * The failures worth retrying: throttling (429), server errors (500, 502, 503, 504) and I/O errors. A 400, 401 or
 * 403 is never retried: the same request would fail the same way (a 401 is handled by a token refresh instead).
 * Named in application.yml as the Retry's {@code retry-exception-predicate}.
 */
public class TransientQuickBooksFailure implements Predicate<Throwable> {

	@Override
	public boolean test(Throwable failure) {
		return (failure instanceof QuickBooksCallFailed call) && (call.throttled() || call.outage());
	}

}
