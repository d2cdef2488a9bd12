package com.qbobridge.imports.messaging;

/**
 * An event that can be read but breaks its contract (wrong type, missing ids), so retrying cannot help: it goes
 * straight to the dead-letter topic.
 */
public class MalformedEvent extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public MalformedEvent(String message) {
		super(message);
	}

}
