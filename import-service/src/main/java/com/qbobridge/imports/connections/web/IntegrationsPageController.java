package com.qbobridge.imports.connections.web;

import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.connections.ConnectionNotFound;
import com.qbobridge.imports.connections.ConnectorClient;
import com.qbobridge.imports.remote.RemoteServiceUnavailable;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Integrations page: available integrations, the account's QuickBooks connections, and connect, reconnect and
 * disconnect through connector-service.
 */
@Controller
class IntegrationsPageController {

	private final ConnectionOverview overview;

	private final ConnectorClient connector;

	IntegrationsPageController(ConnectionOverview overview, ConnectorClient connector) {
		this.overview = overview;
		this.connector = connector;
	}

	@GetMapping("/integrations")
	String integrations(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) @Nullable String connected,
			@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String disconnected, Model model) {
		ConnectionOverview.Listing listing = this.overview.listing(user.caller());
		model.addAttribute("connections", listing.connections());
		model.addAttribute("connectorAvailable", listing.live());
		if (connected != null) {
			String company = listing.connections()
				.stream()
				.filter((connection) -> connection.id().toString().equals(connected))
				.map(ConnectionView::companyName)
				.filter((name) -> name != null)
				.findFirst()
				.orElse("Your QuickBooks company");
			model.addAttribute("notice", company + " is connected. You can import its unpaid invoices now.");
		}
		if (disconnected != null) {
			model.addAttribute("notice", "The company was disconnected.");
		}
		if (error != null) {
			model.addAttribute("problem", AuthorizationErrors.describe(error));
		}
		return "integrations";
	}

	@PostMapping({ "/integrations/quickbooks/connect", "/integrations/connections/{connectionId}/reconnect" })
	String connect(@AuthenticationPrincipal AccountUser user) {
		try {
			return "redirect:" + this.connector.startQuickBooksConnection(user.caller());
		}
		catch (RemoteServiceUnavailable ex) {
			return "redirect:/integrations?error=connector_unavailable";
		}
	}

	@PostMapping("/integrations/connections/{connectionId}/disconnect")
	String disconnect(@AuthenticationPrincipal AccountUser user, @PathVariable UUID connectionId) {
		try {
			this.connector.disconnect(user.caller(), connectionId);
			return "redirect:/integrations?disconnected=" + connectionId;
		}
		catch (RemoteServiceUnavailable ex) {
			return "redirect:/integrations?error=connector_unavailable";
		}
		catch (ConnectionNotFound ex) {
			return "redirect:/integrations?error=connection_not_found";
		}
	}

}
