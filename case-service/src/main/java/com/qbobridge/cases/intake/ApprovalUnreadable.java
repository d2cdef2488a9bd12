package com.qbobridge.cases.intake;

/**
 * An approval record could not be read as a {@code CaseDraftApproved} (broken JSON, a missing required field, an
 * empty value); retrying cannot help, so it goes to the dead-letter topic with this reason.
 */
class ApprovalUnreadable extends RuntimeException {

	ApprovalUnreadable(String message, Throwable cause) {
		super(message, cause);
	}

	ApprovalUnreadable(String message) {
		super(message);
	}

}
