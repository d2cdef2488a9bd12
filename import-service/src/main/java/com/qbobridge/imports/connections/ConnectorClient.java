package com.qbobridge.imports.connections;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.remote.RemoteServiceClients;
import com.qbobridge.imports.remote.RemoteServiceUnavailable;
import com.qbobridge.imports.remote.RemoteServicesProperties;
import com.qbobridge.servicetokens.ServiceTokenMinter;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * connector-service's connection API, called on the signed-in user's behalf with a service token.
 */
@Component
public class ConnectorClient {

	private static final String SERVICE = "connector-service";

	private final RestClient http;

	private final ServiceTokenMinter tokens;

	private final String audience;

	ConnectorClient(RestClient.Builder builder, RemoteServicesProperties properties, ServiceTokenMinter tokens) {
		this.http = RemoteServiceClients.create(builder, properties.connector());
		this.audience = properties.connector().audience();
		this.tokens = tokens;
	}

	/**
	 * The account's connections.
	 * @param caller the user and account, must not be null
	 * @return the connections, in connector-service's order
	 * @throws RemoteServiceUnavailable if connector-service does not answer
	 */
	public List<RemoteConnection> connections(Caller caller) {
		try {
			List<RemoteConnection> connections = this.http.get()
				.uri("/connections")
				.header(HttpHeaders.AUTHORIZATION, bearer(caller))
				.retrieve()
				.body(new ParameterizedTypeReference<List<RemoteConnection>>() {
				});
			return (connections != null) ? connections : List.of();
		}
		catch (RestClientException ex) {
			throw new RemoteServiceUnavailable(SERVICE, ex);
		}
	}

	/**
	 * One of the account's connections.
	 * @param caller the user and account, must not be null
	 * @param connectionId the connection, must not be null
	 * @return the connection
	 * @throws ConnectionNotFound if the account has no such connection
	 */
	public RemoteConnection connection(Caller caller, UUID connectionId) {
		return connections(caller).stream()
			.filter((connection) -> connectionId.equals(connection.id()))
			.findFirst()
			.orElseThrow(() -> new ConnectionNotFound(connectionId));
	}

	/**
	 * Starts QuickBooks' OAuth flow for the account.
	 * @param caller the user and account, must not be null
	 * @return where to send the browser
	 */
	public URI startQuickBooksConnection(Caller caller) {
		try {
			Map<String, Object> answer = this.http.post()
				.uri("/connections/quickbooks")
				.header(HttpHeaders.AUTHORIZATION, bearer(caller))
				.retrieve()
				.body(new ParameterizedTypeReference<Map<String, Object>>() {
				});
			Object url = (answer != null) ? answer.get("authorizationUrl") : null;
			if (url == null) {
				throw new RemoteServiceUnavailable(SERVICE,
						new IllegalStateException("connector-service answered without an authorizationUrl"));
			}
			return URI.create(url.toString());
		}
		catch (RestClientException ex) {
			throw new RemoteServiceUnavailable(SERVICE, ex);
		}
	}

	/**
	 * Disconnects one of the account's connections.
	 * @param caller the user and account, must not be null
	 * @param connectionId the connection, must not be null
	 * @throws ConnectionNotFound if the account has no such connection
	 */
	public void disconnect(Caller caller, UUID connectionId) {
		try {
			this.http.delete()
				.uri("/connections/{id}", connectionId)
				.header(HttpHeaders.AUTHORIZATION, bearer(caller))
				.retrieve()
				.toBodilessEntity();
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode() == HttpStatus.NOT_FOUND) {
				throw new ConnectionNotFound(connectionId);
			}
			throw new RemoteServiceUnavailable(SERVICE, ex);
		}
		catch (RestClientException ex) {
			throw new RemoteServiceUnavailable(SERVICE, ex);
		}
	}

	private String bearer(Caller caller) {
		return "Bearer " + this.tokens.mint(this.audience, caller.accountId(), caller.username());
	}

}
