package com.qbobridge.connector.oauth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.qbobridge.schemas.EventJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.util.Assert;

/**
 * Keeps connect flows in progress in PostgreSQL, keyed by their {@code state}: the flow is started server to server
 * by import-service for an account, Intuit's answer arrives with a browser that has no session here, and
 * import-service completes it for the browser holding the flow's binding. A state can be used once and expires.
 */
public class JdbcAuthorizationRequestRepository implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	/** The attribute holding the account that started the flow. */
	public static final String ACCOUNT_ATTRIBUTE = "account_id";

	/** The attribute holding the SHA-256 of the secret import-service set in the starting browser. */
	public static final String BINDING_ATTRIBUTE = "binding";

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final QuickBooksOAuthProperties properties;

	private final Clock clock;

	public JdbcAuthorizationRequestRepository(JdbcClient jdbc, QuickBooksOAuthProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
		String state = request.getParameter(OAuth2ParameterNames.STATE);
		if (state == null) {
			return null;
		}
		return this.jdbc
			.sql("select authorization_request from oauth_authorization_requests where state = ? and expires_at > ? "
					+ "and code is null")
			.params(state, Timestamp.from(this.clock.instant()))
			.query(String.class)
			.optional()
			.map(JdbcAuthorizationRequestRepository::read)
			.orElse(null);
	}

	@Override
	public void saveAuthorizationRequest(@Nullable OAuth2AuthorizationRequest authorizationRequest,
			HttpServletRequest request, HttpServletResponse response) {
		if (authorizationRequest == null) {
			removeAuthorizationRequest(request, response);
			return;
		}
		String account = authorizationRequest.getAttribute(ACCOUNT_ATTRIBUTE);
		Assert.hasText(account, "the authorization request must name its account");
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from oauth_authorization_requests where expires_at < ?")
			.param(Timestamp.from(now))
			.update();
		this.jdbc.sql("insert into oauth_authorization_requests (state, account_id, authorization_request, expires_at) "
				+ "values (?, ?, ?, ?)")
			.params(authorizationRequest.getState(), account, write(authorizationRequest),
					Timestamp.from(now.plus(this.properties.stateLifetime())))
			.update();
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
			HttpServletResponse response) {
		String state = request.getParameter(OAuth2ParameterNames.STATE);
		if (state == null) {
			return null;
		}
		return this.jdbc
			.sql("delete from oauth_authorization_requests where state = ? and expires_at > ? and code is null "
					+ "returning authorization_request")
			.params(state, Timestamp.from(this.clock.instant()))
			.query(String.class)
			.optional()
			.map(JdbcAuthorizationRequestRepository::read)
			.orElse(null);
	}

	/**
	 * Records Intuit's answer to a flow waiting for it, for import-service to complete.
	 * @param state the flow's state
	 * @param code the authorization code
	 * @param realmId the company
	 * @return whether a flow was waiting
	 */
	boolean answered(String state, String code, String realmId) {
		return this.jdbc
			.sql("update oauth_authorization_requests set code = ?, realm_id = ? "
					+ "where state = ? and expires_at > ? and code is null")
			.params(code, realmId, state, Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	/**
	 * Takes an answered flow of an account, once: a second attempt, another account or an unanswered flow finds
	 * nothing.
	 * @param state the flow's state
	 * @param accountId the account completing it
	 * @return the flow with Intuit's answer
	 */
	@Nullable AnsweredFlow takeAnswered(String state, String accountId) {
		return this.jdbc
			.sql("delete from oauth_authorization_requests where state = ? and account_id = ? and expires_at > ? "
					+ "and code is not null returning authorization_request, code, realm_id")
			.params(state, accountId, Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new AnsweredFlow(read(rs.getString(1)), rs.getString(2), rs.getString(3)))
			.optional()
			.orElse(null);
	}

	/**
	 * A flow Intuit answered with a code.
	 *
	 * @param request the authorization request as started
	 * @param code the authorization code
	 * @param realmId the company
	 */
	record AnsweredFlow(OAuth2AuthorizationRequest request, String code, String realmId) {

	}

	private static String write(OAuth2AuthorizationRequest request) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("authorizationUri", request.getAuthorizationUri());
		fields.put("clientId", request.getClientId());
		fields.put("redirectUri", request.getRedirectUri());
		fields.put("scopes", List.copyOf(request.getScopes()));
		fields.put("state", request.getState());
		fields.put("additionalParameters", request.getAdditionalParameters());
		fields.put("attributes", request.getAttributes());
		fields.put("authorizationRequestUri", request.getAuthorizationRequestUri());
		return EventJson.mapper().writeValueAsString(fields);
	}

	@SuppressWarnings("unchecked")
	private static OAuth2AuthorizationRequest read(String json) {
		Map<String, Object> fields = EventJson.mapper().readValue(json, MAP);
		return OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri((String) fields.get("authorizationUri"))
			.clientId((String) fields.get("clientId"))
			.redirectUri((String) fields.get("redirectUri"))
			.scopes(new LinkedHashSet<>((List<String>) fields.get("scopes")))
			.state((String) fields.get("state"))
			.additionalParameters((Map<String, Object>) fields.get("additionalParameters"))
			.attributes((Map<String, Object>) fields.get("attributes"))
			.authorizationRequestUri((String) fields.get("authorizationRequestUri"))
			.build();
	}

}
