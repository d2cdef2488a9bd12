package com.qbobridge.imports.connections.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.connections.ConnectorClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The connections API: the account's QuickBooks connections, relayed to connector-service with a service token.
 */
@RestController
@RequestMapping("/api/connections")
@Tag(name = "Connections", description = "QuickBooks Online connections of the signed-in account")
class ConnectionsApiController {

	private final ConnectionOverview overview;

	private final ConnectorClient connector;

	private final ConnectFlowBinding binding;

	ConnectionsApiController(ConnectionOverview overview, ConnectorClient connector, ConnectFlowBinding binding) {
		this.overview = overview;
		this.connector = connector;
		this.binding = binding;
	}

	@GetMapping
	@Operation(summary = "List connections with their state, reason and last import")
	List<ConnectionView> connections(@AuthenticationPrincipal AccountUser user) {
		return this.overview.connections(user.caller());
	}

	@PostMapping("/quickbooks")
	@Operation(summary = "Start connecting a QuickBooks company",
			description = "Send the browser to the returned authorizationUrl; it comes back to "
					+ "/integrations/quickbooks/complete, which connects the company only for a client that kept "
					+ "the qbo_connect cookie this answer sets.")
	ResponseEntity<Map<String, String>> connect(@AuthenticationPrincipal AccountUser user, HttpServletRequest request,
			HttpServletResponse response) {
		// The flow completes only in the client that keeps the cookie this answer sets (GH-15).
		URI authorization = this.connector.startQuickBooksConnection(user.caller(),
				this.binding.bind(request, response));
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("authorizationUrl", authorization.toString()));
	}

	@DeleteMapping("/{connectionId}")
	@Operation(summary = "Disconnect a QuickBooks company")
	ResponseEntity<Void> disconnect(@AuthenticationPrincipal AccountUser user, @PathVariable UUID connectionId) {
		this.connector.disconnect(user.caller(), connectionId);
		return ResponseEntity.noContent().build();
	}

}
