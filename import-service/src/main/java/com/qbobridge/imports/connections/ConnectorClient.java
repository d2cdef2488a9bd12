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
	 * Starts QuickBooks' OAuth flow for the account, bound to the browser that holds the binding's secret.
	 * @param caller the user and account, must not be null
	 * @param binding the base64url SHA-256 of the secret set in the browser, must not be null
	 * @return where to send the browser
	 */
	public URI startQuickBooksConnection(Caller caller, String binding) {
		try {
			Map<String, Object> answer = this.http.post()
				.uri("/connections/quickbooks")
				.header(HttpHeaders.AUTHORIZATION, bearer(caller))
				.body(Map.of("binding", binding))
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
	 * Completes a flow Intuit answered, for the browser that came back with the binding's secret.
	 * @param caller the user and account, must not be null
	 * @param state the flow's state, must not be null
	 * @param binding the base64url SHA-256 of the secret the browser holds, must not be null
	 * @return the connection or the error code
	 * @throws ConnectFlowRefused if the flow is not this account's and browser's, or was used or expired
	 * @throws RemoteServiceUnavailable if connector-service does not answer
	 */
	public ConnectCompletion completeQuickBooksConnection(Caller caller, String state, String binding) {
		try {
			ConnectCompletion completion = this.http.post()
				.uri("/connections/quickbooks/complete")
				.header(HttpHeaders.AUTHORIZATION, bearer(caller))
				.body(Map.of("state", state, "binding", binding))
				.retrieve()
				.body(ConnectCompletion.class);
			if (completion == null) {
				throw new RemoteServiceUnavailable(SERVICE,
						new IllegalStateException("connector-service answered without an outcome"));
			}
			return completion;
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode() == HttpStatus.NOT_FOUND || ex.getStatusCode() == HttpStatus.FORBIDDEN) {
				throw new ConnectFlowRefused("connector-service answered " + ex.getStatusCode().value());
			}
			throw new RemoteServiceUnavailable(SERVICE, ex);
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
