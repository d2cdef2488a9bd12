package com.qbobridge.connector;

import java.util.UUID;

import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * Lets integration tests in feature packages reach the sandbox and connect companies the way
 * {@link ConnectorIntegrationTest} does for the tests beside it.
 */
public final class Companies {

	private Companies() {
	}

	/**
	 * The running sandbox, with the connector's app registered.
	 * @return its admin API
	 */
	public static SandboxAdmin sandbox() {
		return ConnectorIntegrationTest.sandbox();
	}

	/**
	 * Connects a company for an account through the real sign-in flow.
	 * @param account the account
	 * @param realmId the company
	 * @return the connection id
	 */
	public static UUID connect(String account, String realmId) {
		return ConnectorIntegrationTest.connect(account, realmId);
	}

}
