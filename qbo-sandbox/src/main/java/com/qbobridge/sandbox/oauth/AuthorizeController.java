package com.qbobridge.sandbox.oauth;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import com.qbobridge.sandbox.accounting.Realm;
import com.qbobridge.sandbox.accounting.Realms;
import com.qbobridge.sandbox.oauth.AuthorizePages.CompanyChoice;
import com.qbobridge.sandbox.oauth.PendingAuthorization.Stage;

/**
 * Intuit's authorize flow ({@code /connect/oauth2}): sign in, pick a company when there are several, consent, then a
 * redirect back to the app with {@code code}, {@code state} and {@code realmId}, or {@code error=access_denied}.
 */
@Controller
class AuthorizeController {

	private static final Set<String> KNOWN_SCOPES = Set.of(AccessCheck.ACCOUNTING_SCOPE,
			"com.intuit.quickbooks.payment", "openid", "profile", "email", "phone", "address");

	private static final Duration FLOW_LIFETIME = Duration.ofMinutes(30);

	private final Map<String, PendingAuthorization> flows = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final ClientApps clients;

	private final SandboxUsers users;

	private final Realms realms;

	private final Grants grants;

	private final Clock clock;

	AuthorizeController(ClientApps clients, SandboxUsers users, Realms realms, Grants grants, Clock clock) {
		this.clients = clients;
		this.users = users;
		this.realms = realms;
		this.grants = grants;
		this.clock = clock;
	}

	@GetMapping("/connect/oauth2")
	ResponseEntity<String> authorize(@RequestParam(name = "client_id", required = false) @Nullable String clientId,
			@RequestParam(name = "redirect_uri", required = false) @Nullable String redirectUri,
			@RequestParam(name = "response_type", required = false) @Nullable String responseType,
			@RequestParam(name = "scope", required = false) @Nullable String scope,
			@RequestParam(name = "state", required = false) @Nullable String state) {
		ClientApp client = (clientId != null) ? this.clients.find(clientId).orElse(null) : null;
		if (client == null) {
			return html(HttpStatus.BAD_REQUEST,
					AuthorizePages.error("Invalid client", "The app (client_id) is not registered with Intuit."));
		}
		if (redirectUri == null || !client.redirectUris().contains(redirectUri)) {
			return html(HttpStatus.BAD_REQUEST, AuthorizePages.error("Invalid redirect URI",
					"The redirect_uri is not one of the redirect URIs registered for this app."));
		}
		if (!"code".equals(responseType)) {
			return redirect(redirectUri, Map.of("error", "unsupported_response_type"), state);
		}
		if (!StringUtils.hasText(scope)
				|| !KNOWN_SCOPES.containsAll(List.of(scope.trim().split("\\s+")))) {
			return redirect(redirectUri, Map.of("error", "invalid_scope"), state);
		}
		forgetAbandonedFlows();
		String flowId = HexFormat.of().formatHex(randomBytes());
		this.flows.put(flowId, new PendingAuthorization(flowId, client.clientId(), redirectUri, scope.trim(), state,
				this.clock.instant().plus(FLOW_LIFETIME), Stage.STARTED, null, null));
		return html(HttpStatus.OK, AuthorizePages.login(flowId, client.clientId(), null));
	}

	@PostMapping(path = "/connect/oauth2/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> login(@RequestParam(name = "flow", required = false) @Nullable String flowId,
			@RequestParam(name = "username", required = false) @Nullable String username,
			@RequestParam(name = "password", required = false) @Nullable String password) {
		PendingAuthorization flow = flow(flowId, Stage.STARTED);
		if (flow == null) {
			return expired();
		}
		SandboxUser user = (username != null && password != null) ? this.users.signIn(username, password).orElse(null)
				: null;
		if (user == null) {
			return html(HttpStatus.OK, AuthorizePages.login(flow.id(), flow.clientId(),
					"The user ID or password you entered is incorrect."));
		}
		List<CompanyChoice> companies = companies(user);
		if (companies.isEmpty()) {
			this.flows.remove(flow.id());
			return html(HttpStatus.OK, AuthorizePages.error("No company",
					"This user has no QuickBooks Online company to connect."));
		}
		PendingAuthorization signedIn = flow.signedIn(user.username());
		if (companies.size() == 1) {
			return showConsent(signedIn.companyChosen(companies.get(0).realmId()));
		}
		this.flows.put(flow.id(), signedIn);
		return html(HttpStatus.OK, AuthorizePages.companyPicker(flow.id(), companies));
	}

	@PostMapping(path = "/connect/oauth2/company", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> chooseCompany(@RequestParam(name = "flow", required = false) @Nullable String flowId,
			@RequestParam(name = "realmId", required = false) @Nullable String realmId) {
		PendingAuthorization flow = flow(flowId, Stage.SIGNED_IN);
		if (flow == null) {
			return expired();
		}
		SandboxUser user = this.users.find(flow.username()).orElse(null);
		List<CompanyChoice> companies = (user != null) ? companies(user) : List.of();
		if (realmId == null || companies.stream().noneMatch((company) -> company.realmId().equals(realmId))) {
			return html(HttpStatus.OK, AuthorizePages.companyPicker(flow.id(), companies));
		}
		return showConsent(flow.companyChosen(realmId));
	}

	@PostMapping(path = "/connect/oauth2/consent", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> consent(@RequestParam(name = "flow", required = false) @Nullable String flowId,
			@RequestParam(name = "decision", required = false) @Nullable String decision) {
		PendingAuthorization flow = flow(flowId, Stage.COMPANY_CHOSEN);
		if (flow == null) {
			return expired();
		}
		this.flows.remove(flow.id());
		if (!"authorize".equals(decision)) {
			return redirect(flow.redirectUri(), Map.of("error", "access_denied"), flow.state());
		}
		String code = this.grants.issueCode(flow.clientId(), flow.redirectUri(), flow.username(), flow.realmId(),
				flow.scope());
		return redirect(flow.redirectUri(), Map.of("code", code), flow.state(), flow.realmId());
	}

	private ResponseEntity<String> showConsent(PendingAuthorization flow) {
		this.flows.put(flow.id(), flow);
		String companyName = this.realms.find(flow.realmId())
			.map((realm) -> realm.profile().companyName())
			.orElse(flow.realmId());
		return html(HttpStatus.OK, AuthorizePages.consent(flow.id(), flow.clientId(), companyName, flow.scope()));
	}

	private List<CompanyChoice> companies(SandboxUser user) {
		return user.realmIds()
			.stream()
			.map(this.realms::find)
			.flatMap(java.util.Optional::stream)
			.map((Realm realm) -> new CompanyChoice(realm.realmId(), realm.profile().companyName()))
			.toList();
	}

	private @Nullable PendingAuthorization flow(@Nullable String flowId, Stage expected) {
		PendingAuthorization flow = (flowId != null) ? this.flows.get(flowId) : null;
		if (flow == null || flow.stage() != expected || !this.clock.instant().isBefore(flow.expiresAt())) {
			return null;
		}
		return flow;
	}

	private void forgetAbandonedFlows() {
		this.flows.values().removeIf((flow) -> !this.clock.instant().isBefore(flow.expiresAt()));
	}

	private ResponseEntity<String> expired() {
		return html(HttpStatus.BAD_REQUEST, AuthorizePages.error("Session expired",
				"This sign-in has expired or was already completed. Start again from the app."));
	}

	private byte[] randomBytes() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private static ResponseEntity<String> redirect(String redirectUri, Map<String, String> params,
			@Nullable String state) {
		return redirect(redirectUri, params, state, null);
	}

	private static ResponseEntity<String> redirect(String redirectUri, Map<String, String> params,
			@Nullable String state, @Nullable String realmId) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(redirectUri);
		params.forEach((name, value) -> uri.queryParam(name, encode(value)));
		if (state != null) {
			uri.queryParam("state", encode(state));
		}
		if (realmId != null) {
			uri.queryParam("realmId", encode(realmId));
		}
		URI location = uri.build(true).toUri();
		return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
	}

	private static String encode(String value) {
		return org.springframework.web.util.UriUtils.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static ResponseEntity<String> html(HttpStatus status, String body) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.body(body);
	}

}
