package com.qbobridge.connector.oauth;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.quickbooks.QuickBooksApi;
import com.qbobridge.connector.quickbooks.QuickBooksCallFailed;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Accounting API on behalf of a connection: supplies a valid access token, renews it once when QuickBooks
 * answers 401, and records a 403 as {@code PERMISSION_MISSING}.
 */
public class QuickBooksAccess {

	private final QuickBooksApi api;

	private final AccessTokens tokens;

	private final ConnectionManagement connections;

	public QuickBooksAccess(QuickBooksApi api, AccessTokens tokens, ConnectionManagement connections) {
		this.api = api;
		this.tokens = tokens;
		this.connections = connections;
	}

	/**
	 * Runs a query for a connection.
	 * @param connection the connection
	 * @param query the query
	 * @param cause the event being handled, if any
	 * @return the {@code QueryResponse} object
	 */
	public JsonNode query(Connection connection, String query, @Nullable EventMetadata cause) {
		return call(connection, cause, (token) -> this.api.query(connection.realmId(), query, token));
	}

	/**
	 * Runs a query for invoices for a connection, read straight into records ({@link QuickBooksApi#queryInvoices}).
	 * @param connection the connection
	 * @param query a {@code select * from Invoice ...} query
	 * @param cause the event being handled, if any
	 * @return the invoices of the answer
	 */
	public List<QboInvoice> queryInvoices(Connection connection, String query, @Nullable EventMetadata cause) {
		return call(connection, cause, (token) -> this.api.queryInvoices(connection.realmId(), query, token));
	}

	/**
	 * Change data capture for a connection's invoices.
	 * @param connection the connection
	 * @param changedSince where to start, at most 30 days back
	 * @return the changed invoices, deleted ones as stubs
	 */
	public JsonNode changedInvoices(Connection connection, OffsetDateTime changedSince) {
		return call(connection, null, (token) -> this.api.changedInvoices(connection.realmId(), changedSince, token));
	}

	private <T> T call(Connection connection, @Nullable EventMetadata cause, Function<String, T> call) {
		String token = this.tokens.accessToken(connection.id(), cause);
		try {
			try {
				return call.apply(token);
			}
			catch (QuickBooksCallFailed ex) {
				if (!ex.unauthorized()) {
					throw ex;
				}
				return call.apply(this.tokens.renewRejected(connection.id(), token, cause));
			}
		}
		catch (QuickBooksCallFailed ex) {
			if (ex.forbidden()) {
				this.connections.changeStatus(connection.id(), ConnectionStatus.PERMISSION_MISSING,
						"QuickBooks refused access (403): the connecting user lacks the accounting permission", cause);
			}
			throw ex;
		}
	}

}
