package com.qbobridge.cases.intake;

import com.qbobridge.messaging.consuming.TransientFailure;

/**
 * Approvals cannot be handled for now (the database does not answer, or the broker does not take a dead letter); as
 * a {@link TransientFailure} it makes the backbone's error handler redeliver them, backing off, for as long as it
 * takes, since answering or dropping them would lose approvals.
 */
class IntakeHeldUp extends RuntimeException implements TransientFailure {

	private static final long serialVersionUID = 1L;

	IntakeHeldUp(String message, Throwable cause) {
		super(message + ": " + cause.getMessage(), cause);
	}

}
