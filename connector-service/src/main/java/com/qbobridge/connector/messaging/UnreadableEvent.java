package com.qbobridge.connector.messaging;

/**
 * A record could not be read as the contract its topic carries, or breaks the contract's rules; retrying cannot help,
 * so it goes straight to the dead-letter topic.
 */
public class UnreadableEvent extends RuntimeException {

	public UnreadableEvent(String reason, Throwable cause) {
		super(reason, cause);
	}

	public UnreadableEvent(String reason) {
		super(reason);
	}

}
