package com.qbobridge.connector.oauth;

import java.util.UUID;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.schemas.connector.ConnectionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disconnects a company: revokes its tokens at Intuit, deletes them here and marks the connection
 * {@code DISCONNECTED}. Deleting happens even when Intuit cannot be reached, since the creditor asked to be cut off.
 */
public class Disconnection {

	private static final Logger logger = LoggerFactory.getLogger(Disconnection.class);

	private final TokenStore tokens;

	private final TokenRevocation revocation;

	private final ConnectionManagement connections;

	private final TransactionTemplate transactions;

	public Disconnection(TokenStore tokens, TokenRevocation revocation, ConnectionManagement connections,
			TransactionTemplate transactions) {
		this.tokens = tokens;
		this.revocation = revocation;
		this.connections = connections;
		this.transactions = transactions;
	}

	/**
	 * Disconnects one of an account's connections; disconnecting twice is harmless.
	 * @param accountId the account asking
	 * @param connectionId the connection
	 */
	public void disconnect(String accountId, UUID connectionId) {
		Connection connection = this.connections.connectionOf(accountId, connectionId);
		this.tokens.find(connectionId).ifPresent((stored) -> {
			if (!this.revocation.revoke(stored.refreshToken())) {
				logger.warn("Tokens of connection {} (realm {}) are deleted without Intuit's confirmation",
						connectionId, connection.realmId());
			}
		});
		this.transactions.executeWithoutResult((tx) -> {
			this.tokens.delete(connectionId);
			this.connections.changeStatusInTransaction(connectionId, ConnectionStatus.DISCONNECTED,
					"disconnected by the creditor", null);
		});
	}

}
