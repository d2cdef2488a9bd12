package com.qbobridge.imports.jobs;

import com.qbobridge.schemas.connector.ImportFailureReason;

/**
 * Why import-service considers an import failed: every reason connector-service reports, plus the verdicts
 * import-service reaches on its own (they are not the connector's to send, so they stay out of its contract).
 */
public enum FailureReason {

	/** QuickBooks no longer accepts the connection's authorization. */
	TOKEN_EXPIRED,

	/** The connected QuickBooks user may not read invoices. */
	PERMISSION_MISSING,

	/** QuickBooks limited the requests. */
	RATE_LIMITED,

	/** QuickBooks did not answer. */
	QBO_UNAVAILABLE,

	/** The connection is gone. */
	CONNECTION_NOT_FOUND,

	/** Something else went wrong in the connector. */
	UNEXPECTED,

	/** import-service's own verdict: nothing arrived for the import for longer than the idle time. */
	STALLED;

	/**
	 * The reason connector-service reported.
	 * @param reason the connector's reason, must not be null
	 * @return the same reason here
	 */
	public static FailureReason of(ImportFailureReason reason) {
		return valueOf(reason.name());
	}

}
