package com.qbobridge.connector.connections.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.ConnectFlow;
import com.qbobridge.connector.oauth.Disconnection;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.servicetokens.ServiceTokenClaims;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	ConnectionController(ConnectionManagement connections, ConnectFlow connectFlow, Disconnection disconnection) {
		this.connections = connections;
		this.connectFlow = connectFlow;
		this.disconnection = disconnection;
	}

	@GetMapping
	List<ConnectionView> list(@AuthenticationPrincipal Jwt caller) {
		return this.connections.connectionsOf(ServiceTokenClaims.accountOf(caller))
			.stream()
			.map(ConnectionView::of)
			.toList();
	}

	@PostMapping("/quickbooks")
	ResponseEntity<AuthorizationStarted> connect(@AuthenticationPrincipal Jwt caller, HttpServletRequest request,
			HttpServletResponse response) {
		URI authorizationUrl = this.connectFlow.start(ServiceTokenClaims.accountOf(caller), request, response);
		return ResponseEntity.status(HttpStatus.CREATED).body(new AuthorizationStarted(authorizationUrl.toString()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> disconnect(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
		this.disconnection.disconnect(ServiceTokenClaims.accountOf(caller), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A connection as import-service sees it.
	 */
	record ConnectionView(UUID id, String realmId, String companyName, @Nullable String country, String homeCurrency,
			ConnectionStatus status, Instant connectedAt, Instant updatedAt) {

		static ConnectionView of(Connection connection) {
			return new ConnectionView(connection.id(), connection.realmId(), connection.company().companyName(),
					connection.company().country(), connection.company().homeCurrency(), connection.status(),
					connection.connectedAt(), connection.updatedAt());
		}

	}

	/**
	 * Where to send the creditor's browser to connect a company.
	 */
	record AuthorizationStarted(String authorizationUrl) {
	}

}
