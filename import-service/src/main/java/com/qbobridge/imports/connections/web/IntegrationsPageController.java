package com.qbobridge.imports.connections.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.connections.ConnectCompletion;
import com.qbobridge.imports.connections.ConnectFlowRefused;
import com.qbobridge.imports.connections.ConnectionNotFound;
import com.qbobridge.imports.connections.ConnectorClient;
import com.qbobridge.imports.remote.RemoteServiceUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
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

	private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{1,200}");

	private final ConnectorClient connector;

	private final ConnectFlowBinding binding;

	IntegrationsPageController(ConnectionOverview overview, ConnectorClient connector, ConnectFlowBinding binding) {
		this.overview = overview;
		this.connector = connector;
		this.binding = binding;
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
	String connect(@AuthenticationPrincipal AccountUser user, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			return "redirect:"
					+ this.connector.startQuickBooksConnection(user.caller(), this.binding.bind(request, response));
		}
		catch (RemoteServiceUnavailable ex) {
			return "redirect:/integrations?error=connector_unavailable";
		}
	}

	/**
	 * Where connector-service sends the browser back from Intuit: the flow completes only if this browser holds the
	 * secret set when it started and the signed-in account started it (GH-15); anyone else gets a page saying so.
	 */
	@GetMapping(ConnectFlowBinding.PATH + "/complete")
	String complete(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) @Nullable String state,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<String> bound = this.binding.boundTo(request);
		this.binding.clear(request, response);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (state == null || !STATE.matcher(state).matches() || bound.isEmpty()) {
			return refused(response);
		}
		try {
			ConnectCompletion completion = this.connector.completeQuickBooksConnection(user.caller(), state,
					bound.get());
			return (completion.connectionId() != null) ? "redirect:/integrations?connected=" + completion.connectionId()
					: "redirect:/integrations?error=" + completion.error();
		}
		catch (ConnectFlowRefused ex) {
			return refused(response);
		}
		catch (RemoteServiceUnavailable ex) {
			return "redirect:/integrations?error=connector_unavailable";
		}
	}

	private static String refused(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "connect-refused";
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
