package com.qbobridge.imports.connections;

/**
 * connector-service refused to complete a connect flow: it was started in another browser or by another account,
 * already used, or expired (GH-15).
 */
public class ConnectFlowRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ConnectFlowRefused(String reason) {
		super(reason);
	}

}
