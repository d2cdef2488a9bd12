package com.qbobridge.connector.oauth;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.regex.Pattern;

import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.quickbooks.QuickBooksCallFailed;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * The authorization-code flow with Intuit: {@link #start} creates the authorization URL for an account (its
 * {@code state} stored server-side), {@link #complete} handles Intuit's redirect: checks the state, exchanges the
 * code, reads the company, stores the encrypted tokens, publishes the connection's status and tells the browser where
 * to go next.
 */
public class ConnectFlow {

	private static final Logger logger = LoggerFactory.getLogger(ConnectFlow.class);

	private static final Pattern ERROR_CODE = Pattern.compile("[a-z_]{1,40}");

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
		this.clock = clock;
	}

	/**
	 * Starts connecting a company for an account.
	 * @param accountId the account, must not be empty
	 * @param request the current request
	 * @param response the current response
	 * @return the URL to send the creditor's browser to
	 */
	public URI start(String accountId, HttpServletRequest request, HttpServletResponse response) {
		Assert.hasText(accountId, "accountId must not be empty");
		byte[] state = new byte[32];
		this.random.nextBytes(state);
		OAuth2AuthorizationRequest authorization = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(this.registration.getProviderDetails().getAuthorizationUri())
			.clientId(this.registration.getClientId())
			.redirectUri(this.registration.getRedirectUri())
			.scopes(new LinkedHashSet<>(this.registration.getScopes()))
			.state(Base64.getUrlEncoder().withoutPadding().encodeToString(state))
			.attributes(Map.of(OAuth2ParameterNames.REGISTRATION_ID, this.registration.getRegistrationId(),
					JdbcAuthorizationRequestRepository.ACCOUNT_ATTRIBUTE, accountId))
			.build();
		this.requests.saveAuthorizationRequest(authorization, request, response);
		return URI.create(authorization.getAuthorizationRequestUri());
	}

	/**
	 * Handles Intuit's redirect back.
	 * @param request the redirect, with {@code code}, {@code state} and {@code realmId} (or {@code error})
	 * @param response the response
	 * @return where to send the browser: the integrations page with {@code connected} or {@code error}
	 */
	public URI complete(HttpServletRequest request, HttpServletResponse response) {
		OAuth2AuthorizationRequest authorization = this.requests.removeAuthorizationRequest(request, response);
		if (authorization == null) {
			logger.warn("QuickBooks redirect with an unknown, used or expired state");
			return failed("invalid_state");
		}
		String error = request.getParameter(OAuth2ParameterNames.ERROR);
		if (error != null) {
			logger.info("The connect flow ended with Intuit's error '{}'", error);
			return failed(ERROR_CODE.matcher(error).matches() ? error : "authorization_failed");
		}
		String code = request.getParameter(OAuth2ParameterNames.CODE);
		String realmId = request.getParameter("realmId");
		if (code == null || code.isBlank() || realmId == null || realmId.isBlank()) {
			return failed("invalid_callback");
		}
		String accountId = authorization.getAttribute(JdbcAuthorizationRequestRepository.ACCOUNT_ATTRIBUTE);
		OAuth2AccessTokenResponse tokenResponse;
		try {
			OAuth2AuthorizationResponse authorizationResponse = OAuth2AuthorizationResponse.success(code)
				.redirectUri(authorization.getRedirectUri())
				.state(authorization.getState())
				.build();
			tokenResponse = this.codeClient.getTokenResponse(new OAuth2AuthorizationCodeGrantRequest(this.registration,
					new OAuth2AuthorizationExchange(authorization, authorizationResponse)));
		}
		catch (RuntimeException ex) {
			logger.warn("Intuit did not exchange the authorization code for realm {}: {}", realmId,
					ex.getClass().getSimpleName());
			return failed("token_exchange_failed");
		}
		Tokens issued = IntuitTokenResponses.tokens(tokenResponse, null, this.clock.instant());
		CompanySnapshot company;
		try {
			company = this.companies.read(realmId, issued.accessToken());
		}
		catch (QuickBooksCallFailed ex) {
			this.revocation.revoke(issued.refreshToken());
			return failed(ex.forbidden() ? "permission_missing" : "company_unavailable");
		}
		ConnectionStatusChanged change = this.transactions.execute((tx) -> {
			ConnectionStatusChanged connected = this.connections.connected(accountId, company);
			this.tokens.save(connected.metadata().connectionId(), issued, false);
			return connected;
		});
		Assert.state(change != null, "the connection was stored");
		return UriComponentsBuilder.fromUri(this.integrationsPage)
			.queryParam("connected", change.metadata().connectionId())
			.build()
			.toUri();
	}

	private URI failed(String code) {
		return UriComponentsBuilder.fromUri(this.integrationsPage).queryParam("error", code).build().toUri();
	}

}
