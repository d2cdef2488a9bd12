package com.qbobridge.messaging.publishing;

/**
 * The broker did not acknowledge an event in time; nothing that depends on the event may be committed.
 */
public class PublishFailed extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PublishFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
