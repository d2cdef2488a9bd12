package com.qbobridge.imports.remote;

/**
 * A service import-service depends on did not answer, or answered with an error it cannot pass on.
 */
public class RemoteServiceUnavailable extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String service;

	public RemoteServiceUnavailable(String service, Throwable cause) {
		super(service + " is not available right now", cause);
		this.service = service;
	}

	/**
	 * The service that failed.
	 * @return e.g. {@code connector-service}
	 */
	public String service() {
		return this.service;
	}

}
