package com.qbobridge.connector;

import java.util.List;
import java.util.UUID;

import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;

/**
 * Lets integration tests in feature packages reach the sandbox, connect companies and read what the connector
 * published the way {@link ConnectorIntegrationTest} does for the tests beside it.
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

	/**
	 * The import's {@code InvoiceFetched} records the broker delivered so far, duplicates included.
	 * @param importId the import
	 * @return the records in the order received
	 */
	public static List<InvoiceFetched> invoicesOf(UUID importId) {
		return ConnectorEvents.get().invoicesOf(importId);
	}

	/**
	 * The import's {@code ImportProgressed} records delivered so far.
	 * @param importId the import
	 * @return the records in the order received
	 */
	public static List<ImportProgressed> progressOf(UUID importId) {
		return ConnectorEvents.get().progressOf(importId);
	}

	/**
	 * The import's {@code ImportCompleted} records delivered so far.
	 * @param importId the import
	 * @return the records in the order received
	 */
	public static List<ImportCompleted> completedOf(UUID importId) {
		return ConnectorEvents.get().completedOf(importId);
	}

}
