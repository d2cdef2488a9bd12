package com.qbobridge.connector.connections.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.CompletedFlow;
import com.qbobridge.connector.oauth.ConnectFlow;
import com.qbobridge.connector.oauth.Disconnection;
import com.qbobridge.connector.oauth.TokenKeepAlive;
import com.qbobridge.connector.oauth.TokenLifetime;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.servicetokens.ServiceTokenClaims;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The connections API import-service calls for a creditor: list, start connecting, disconnect. Everything is scoped
 * to the account of the service token; tokens never appear in answers.
 */
@RestController
@RequestMapping("/connections")
class ConnectionController {

	private final ConnectionManagement connections;

	private final ConnectFlow connectFlow;

	private final Disconnection disconnection;

	private final TokenKeepAlive keepAlive;

	ConnectionController(ConnectionManagement connections, ConnectFlow connectFlow, Disconnection disconnection,
			TokenKeepAlive keepAlive) {
		this.connections = connections;
		this.connectFlow = connectFlow;
		this.disconnection = disconnection;
		this.keepAlive = keepAlive;
	}

	@GetMapping
	List<ConnectionView> list(@AuthenticationPrincipal Jwt caller) {
		return this.connections.connectionsOf(ServiceTokenClaims.accountOf(caller))
			.stream()
			.map((connection) -> ConnectionView.of(connection, this.keepAlive.lifetime(connection.id()).orElse(null),
					this.keepAlive))
			.toList();
	}

	@PostMapping("/quickbooks")
	ResponseEntity<AuthorizationStarted> connect(@AuthenticationPrincipal Jwt caller,
			@Valid @RequestBody StartConnection start, HttpServletRequest request, HttpServletResponse response) {
		URI authorizationUrl = this.connectFlow.start(ServiceTokenClaims.accountOf(caller), start.binding(), request,
				response);
		return ResponseEntity.status(HttpStatus.CREATED).body(new AuthorizationStarted(authorizationUrl.toString()));
	}

	/**
	 * import-service completes a flow Intuit answered, once it found the flow's binding secret in the browser that
	 * came back; 404 for an unknown or used state, 403 for another browser.
	 */
	@PostMapping("/quickbooks/complete")
	ResponseEntity<CompletedFlow> complete(@AuthenticationPrincipal Jwt caller,
			@Valid @RequestBody CompleteConnection completion) {
		CompletedFlow completed = this.connectFlow.complete(ServiceTokenClaims.accountOf(caller), completion.state(),
				completion.binding());
		return ResponseEntity.ok(completed);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> disconnect(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
		this.disconnection.disconnect(ServiceTokenClaims.accountOf(caller), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A connection as import-service sees it; the last three fields were added later (readers may ignore them).
	 *
	 * @param lastRefreshedAt when the connection was last refreshed (the keep-alive refreshes idle connections)
	 * @param reconnectBefore the date by which the creditor must reconnect (the grant's hard expiry), if known
	 * @param reconnectSoon whether that date is near enough to ask the creditor to reconnect now
	 */
	record ConnectionView(UUID id, String realmId, String companyName, @Nullable String country, String homeCurrency,
			ConnectionStatus status, Instant connectedAt, Instant updatedAt, @Nullable Instant lastRefreshedAt,
			@Nullable Instant reconnectBefore, boolean reconnectSoon) {

		static ConnectionView of(Connection connection, @Nullable TokenLifetime lifetime, TokenKeepAlive keepAlive) {
			return new ConnectionView(connection.id(), connection.realmId(), connection.company().companyName(),
					connection.company().country(), connection.company().homeCurrency(), connection.status(),
					connection.connectedAt(), connection.updatedAt(),
					(lifetime != null) ? lifetime.refreshedAt() : null,
					(lifetime != null) ? lifetime.reconnectBefore() : null,
					lifetime != null && keepAlive.reconnectSoon(lifetime));
		}

	}

	/**
	 * Starting a connect flow.
	 *
	 * @param binding the base64url SHA-256 of the one-time secret import-service set in the creditor's browser
	 */
	record StartConnection(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{43}") String binding) {
	}

	/**
	 * Completing a connect flow.
	 *
	 * @param state the flow's state, from Intuit's redirect
	 * @param binding the base64url SHA-256 of the secret found in the browser that came back
	 */
	record CompleteConnection(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,200}") String state,
			@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{43}") String binding) {
	}

	/**
	 * Where to send the creditor's browser to connect a company.
	 */
	record AuthorizationStarted(String authorizationUrl) {
	}

}
