package com.qbobridge.imports.jobs;

import org.jspecify.annotations.Nullable;

/**
 * Why an import failed, in words, with the one action that helps: the troubleshooting guide of the integration.
 *
 * @param reason the reason code: the connector's, or import-service's own {@code STALLED}
 * @param message what happened, in words
 * @param action what to do: {@code RECONNECT}, {@code GRANT_PERMISSION}, {@code CONNECT} or {@code TRY_LATER}
 * @param actionLabel the action in words
 * @param detail the connector's own explanation, when it gave one
 */
public record ImportFailure(FailureReason reason, String message, String action, String actionLabel,
		@Nullable String detail) {

	/**
	 * Explains a failure reason.
	 * @param reason the reason
	 * @param detail the connector's (or the stall sweep's) explanation, if any
	 * @return the failure in words
	 */
	public static ImportFailure of(FailureReason reason, @Nullable String detail) {
		return switch (reason) {
			case TOKEN_EXPIRED -> new ImportFailure(reason,
					"QuickBooks no longer accepts this connection's authorization.", "RECONNECT",
					"Reconnect the company on the Integrations page, then try the import again.", detail);
			case PERMISSION_MISSING -> new ImportFailure(reason,
					"The QuickBooks user who connected the company may not read invoices.", "GRANT_PERMISSION",
					"Ask the QuickBooks company admin to grant that user the accounting permission, reconnect, then try again.",
					detail);
			case RATE_LIMITED -> new ImportFailure(reason, "QuickBooks is limiting requests for this company right now.",
					"TRY_LATER", "Try again in a few minutes.", detail);
			case QBO_UNAVAILABLE -> new ImportFailure(reason, "QuickBooks is not answering right now.", "TRY_LATER",
					"Try again later.", detail);
			case CONNECTION_NOT_FOUND -> new ImportFailure(reason, "The company is no longer connected.", "CONNECT",
					"Connect the company on the Integrations page, then try again.", detail);
			case UNEXPECTED -> new ImportFailure(reason, "The import stopped because of an unexpected error.",
					"TRY_LATER", "Try again later; if it keeps failing, contact support.", detail);
			case STALLED -> new ImportFailure(reason, "The import stopped moving: nothing arrived from QuickBooks.",
					"TRY_LATER", "Try the import again; invoices that already became cases are skipped.", detail);
		};
	}

}
