package com.qbobridge.messaging.consuming;

/**
 * A record was read but can never be processed: it breaks its contract (wrong type, a missing id) or carries data no
 * attempt can use. Thrown by a listener, it sends the record to its dead-letter topic at once, with this message as
 * the {@code dlt-reason}.
 */
public class UnprocessableEvent extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnprocessableEvent(String reason) {
		super(reason);
	}

	public UnprocessableEvent(String reason, Throwable cause) {
		super(reason, cause);
	}

}
