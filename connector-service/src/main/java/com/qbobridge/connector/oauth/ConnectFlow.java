package com.qbobridge.connector.oauth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.quickbooks.QuickBooksCallFailed;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The authorization-code flow with Intuit, bound to the browser that started it (GH-15): {@link #start} creates the
 * authorization URL for an account and keeps its {@code state} with the SHA-256 of a secret import-service set in
 * that browser; {@link #answered} takes Intuit's redirect, which carries no session here, and only records the code;
 * {@link #complete} runs when import-service found the same secret in the browser that came back: it checks the
 * binding, exchanges the code, reads the company, stores the encrypted tokens and publishes the connection's status.
 * A link to Intuit forwarded to someone else thus connects nothing.
 */
public class ConnectFlow {

	private static final Logger logger = LoggerFactory.getLogger(ConnectFlow.class);

	/** Intuit's authorization errors (RFC 6749, 4.1.2.1); any other value is reported as authorization_failed. */
	private static final Set<String> ERROR_CODES = Set.of("invalid_request", "unauthorized_client", "access_denied",
			"unsupported_response_type", "invalid_scope", "server_error", "temporarily_unavailable");

	/** Intuit's company ids are digits; anything else is neither logged nor stored. */
	private static final Pattern REALM_ID = Pattern.compile("[0-9A-Za-z-]{1,40}");

	/** The binding is a base64url SHA-256. */
	private static final Pattern BINDING = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final ClientRegistration registration;

	private final JdbcAuthorizationRequestRepository requests;

	private final OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeClient;

	private final CompanyReader companies;

	private final TokenStore tokens;

	private final TokenRevocation revocation;

	private final ConnectionManagement connections;

	private final TransactionTemplate transactions;

	private final URI integrationsPage;

	private final URI completionPage;

	private final Clock clock;

	ConnectFlow(ClientRegistration registration, JdbcAuthorizationRequestRepository requests,
			OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeClient, CompanyReader companies,
			TokenStore tokens, TokenRevocation revocation, ConnectionManagement connections,
			TransactionTemplate transactions, URI integrationsPage, Clock clock) {
		this.registration = registration;
		this.requests = requests;
		this.codeClient = codeClient;
		this.companies = companies;
		this.tokens = tokens;
		this.revocation = revocation;
		this.connections = connections;
		this.transactions = transactions;
		this.integrationsPage = integrationsPage;
		this.completionPage = UriComponentsBuilder.fromUri(integrationsPage).path("/quickbooks/complete").build().toUri();
		this.clock = clock;
	}

	/**
	 * Starts connecting a company for an account.
	 * @param accountId the account, must not be empty
	 * @param binding the base64url SHA-256 of the secret import-service set in the starting browser, must not be
	 * empty
	 * @param request the current request
	 * @param response the current response
	 * @return the URL to send the creditor's browser to
	 */
	public URI start(String accountId, String binding, HttpServletRequest request, HttpServletResponse response) {
		Assert.hasText(accountId, "accountId must not be empty");
		Assert.isTrue(validBinding(binding), "binding must be a base64url SHA-256");
		byte[] state = new byte[32];
		this.random.nextBytes(state);
		OAuth2AuthorizationRequest authorization = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(this.registration.getProviderDetails().getAuthorizationUri())
			.clientId(this.registration.getClientId())
			.redirectUri(this.registration.getRedirectUri())
			.scopes(new LinkedHashSet<>(this.registration.getScopes()))
			.state(Base64.getUrlEncoder().withoutPadding().encodeToString(state))
			.attributes(Map.of(OAuth2ParameterNames.REGISTRATION_ID, this.registration.getRegistrationId(),
					JdbcAuthorizationRequestRepository.ACCOUNT_ATTRIBUTE, accountId,
					JdbcAuthorizationRequestRepository.BINDING_ATTRIBUTE, binding))
			.build();
		this.requests.saveAuthorizationRequest(authorization, request, response);
		return URI.create(authorization.getAuthorizationRequestUri());
	}

	/**
	 * Whether a value has the shape of a binding.
	 * @param binding the value
	 * @return true for a base64url SHA-256
	 */
	public static boolean validBinding(@Nullable String binding) {
		return binding != null && BINDING.matcher(binding).matches();
	}

	/**
	 * Handles Intuit's redirect back: records the code for the flow and sends the browser to import-service, which
	 * completes the flow only if this browser started it. Errors end the flow here.
	 * @param request the redirect, with {@code code}, {@code state} and {@code realmId} (or {@code error})
	 * @param response the response
	 * @return where to send the browser: import-service's completion page with the state, or the integrations page
	 * with {@code error}
	 */
	public URI answered(HttpServletRequest request, HttpServletResponse response) {
		String state = request.getParameter(OAuth2ParameterNames.STATE);
		OAuth2AuthorizationRequest authorization = this.requests.loadAuthorizationRequest(request);
		if (state == null || authorization == null) {
			logger.warn("QuickBooks redirect with an unknown, used or expired state");
			return failed("invalid_state");
		}
		String error = request.getParameter(OAuth2ParameterNames.ERROR);
		if (error != null) {
			this.requests.removeAuthorizationRequest(request, response);
			String known = ERROR_CODES.contains(error) ? error : "authorization_failed";
			logger.info("The connect flow ended with Intuit's error '{}'", known);
			return failed(known);
		}
		String code = request.getParameter(OAuth2ParameterNames.CODE);
		String realmId = request.getParameter("realmId");
		if (code == null || code.isBlank() || code.length() > 2000 || realmId == null
				|| !REALM_ID.matcher(realmId).matches()) {
			this.requests.removeAuthorizationRequest(request, response);
			logger.warn("QuickBooks redirect without a code or with an invalid realmId");
			return failed("invalid_callback");
		}
		if (!this.requests.answered(state, code, realmId)) {
			return failed("invalid_state");
		}
		return UriComponentsBuilder.fromUri(this.completionPage).queryParam("state", state).build().toUri();
	}

	/**
	 * Completes a flow Intuit answered, for the account and browser that started it.
	 * @param accountId the account import-service completes it for, must not be empty
	 * @param state the flow's state, must not be empty
	 * @param binding the base64url SHA-256 of the secret import-service found in the browser that came back
	 * @return the connection, or the error code to show
	 * @throws ConnectFlowNotFound if the account has no answered flow with that state (also once it was used)
	 * @throws ConnectFlowNotBound if the browser that came back is not the one that started the flow
	 */
	public CompletedFlow complete(String accountId, String state, String binding) {
		Assert.hasText(accountId, "accountId must not be empty");
		Assert.hasText(state, "state must not be empty");
		JdbcAuthorizationRequestRepository.AnsweredFlow answered = this.requests.takeAnswered(state, accountId);
		if (answered == null) {
			throw new ConnectFlowNotFound();
		}
		String expected = answered.request().getAttribute(JdbcAuthorizationRequestRepository.BINDING_ATTRIBUTE);
		if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				binding.getBytes(StandardCharsets.US_ASCII))) {
			logger.warn("A connect flow came back in another browser than the one that started it; refused");
			throw new ConnectFlowNotBound();
		}
		OAuth2AuthorizationRequest authorization = answered.request();
		String realmId = answered.realmId();
		OAuth2AccessTokenResponse tokenResponse;
		try {
			OAuth2AuthorizationResponse authorizationResponse = OAuth2AuthorizationResponse.success(answered.code())
				.redirectUri(authorization.getRedirectUri())
				.state(authorization.getState())
				.build();
			tokenResponse = this.codeClient.getTokenResponse(new OAuth2AuthorizationCodeGrantRequest(this.registration,
					new OAuth2AuthorizationExchange(authorization, authorizationResponse)));
		}
		catch (RuntimeException ex) {
			logger.warn("Intuit did not exchange the authorization code for realm {}: {}", realmId,
					ex.getClass().getSimpleName());
			return CompletedFlow.failed("token_exchange_failed");
		}
		Tokens issued = IntuitTokenResponses.tokens(tokenResponse, null, this.clock.instant());
		CompanySnapshot company;
		try {
			company = this.companies.read(realmId, issued.accessToken());
		}
		catch (QuickBooksCallFailed ex) {
			this.revocation.revoke(issued.refreshToken());
			return CompletedFlow.failed(ex.forbidden() ? "permission_missing" : "company_unavailable");
		}
		ConnectionStatusChanged change = this.transactions.execute((tx) -> {
			ConnectionStatusChanged connected = this.connections.connected(accountId, company);
			this.tokens.save(connected.metadata().connectionId(), issued, false);
			return connected;
		});
		Assert.state(change != null, "the connection was stored");
		return CompletedFlow.connected(change.metadata().connectionId());
	}

	private URI failed(String code) {
		return UriComponentsBuilder.fromUri(this.integrationsPage).queryParam("error", code).build().toUri();
	}

}
