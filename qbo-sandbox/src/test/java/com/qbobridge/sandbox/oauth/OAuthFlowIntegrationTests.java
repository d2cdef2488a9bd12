package com.qbobridge.sandbox.oauth;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.qbobridge.sandbox.SandboxIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole OAuth 2.0 cycle over HTTP, pages driven by plain form posts: authorize, company picker, consent, code
 * exchange, refresh with rotation, expiry, revocation, and the error cases Intuit has.
 */
class OAuthFlowIntegrationTests extends SandboxIntegrationTestSupport {

	@Test
	void authorizesRefreshesRotatesAndRevokes() {
		String first = createRealm(5, 20, 1);
		String second = createRealm(5, 20, 2);
		App app = registerApp(List.of(first, second));

		HttpResponse<String> login = get(authorizeUrl(app, ACCOUNTING, "state-42"));
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"username\"", "name=\"password\"", "id=\"sign-in\"");
		String flow = flowId(login);

		HttpResponse<String> wrongPassword = postForm("/connect/oauth2/login",
				Map.of("flow", flow, "username", app.username(), "password", "nope"));
		assertThat(wrongPassword.body()).contains("id=\"login-error\"", "id=\"sign-in\"");

		HttpResponse<String> picker = postForm("/connect/oauth2/login",
				Map.of("flow", flow, "username", app.username(), "password", app.password()));
		assertThat(picker.body()).contains("id=\"choose-company\"", "name=\"realmId\" value=\"" + first + "\"",
				"name=\"realmId\" value=\"" + second + "\"");

		HttpResponse<String> consent = postForm("/connect/oauth2/company", Map.of("flow", flow, "realmId", second));
		assertThat(consent.body()).contains("id=\"authorize\"", "id=\"deny\"", ACCOUNTING, "Test Company " + second);

		HttpResponse<String> redirect = postForm("/connect/oauth2/consent", Map.of("flow", flow, "decision", "authorize"));
		assertThat(redirect.statusCode()).isEqualTo(302);
		Map<String, String> callback = queryParams(redirect.headers().firstValue("Location").orElseThrow());
		assertThat(callback).containsEntry("state", "state-42").containsEntry("realmId", second).containsKey("code");

		HttpResponse<String> exchanged = postForm("/oauth2/v1/tokens/bearer",
				Map.of("grant_type", "authorization_code", "code", callback.get("code"), "redirect_uri",
						app.redirectUri()),
				basic(app.clientId(), app.clientSecret()), Map.of("x-include-refresh-token-hard-expires-in", "true"));
		assertThat(exchanged.statusCode()).isEqualTo(200);
		assertThat(exchanged.headers().firstValue("intuit_tid")).isPresent();
		JsonNode tokens = body(exchanged);
		assertThat(tokens.get("token_type").asString()).isEqualTo("bearer");
		assertThat(tokens.get("expires_in").asLong()).isEqualTo(3600);
		assertThat(tokens.get("x_refresh_token_expires_in").asLong()).isEqualTo(8726400);
		assertThat(tokens.get("x_refresh_token_hard_expires_in").asLong()).isGreaterThan(8726400);
		String accessToken = tokens.get("access_token").asString();
		String refreshToken = tokens.get("refresh_token").asString();
		assertThat(api(second, "/companyinfo/" + second, accessToken).statusCode()).isEqualTo(200);

		// Without the header Intuit leaves the hard expiry out; with rotation interval 0 every refresh rotates.
		HttpResponse<String> refreshed = refresh(app, refreshToken);
		assertThat(refreshed.statusCode()).isEqualTo(200);
		JsonNode rotated = body(refreshed);
		assertThat(rotated.has("x_refresh_token_hard_expires_in")).isFalse();
		String newRefreshToken = rotated.get("refresh_token").asString();
		assertThat(newRefreshToken).isNotEqualTo(refreshToken);
		assertThat(rotated.get("access_token").asString()).isNotEqualTo(accessToken);

		HttpResponse<String> oldTokenAgain = refresh(app, refreshToken);
		assertThat(oldTokenAgain.statusCode()).isEqualTo(400);
		assertThat(oldTokenAgain.body()).isEqualTo("{\"error\":\"invalid_grant\"}");

		// The access token expires after an hour; the refreshed connection keeps working.
		this.clock.advance(Duration.ofSeconds(3601));
		HttpResponse<String> expired = api(second, "/companyinfo/" + second, rotated.get("access_token").asString());
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(body(expired).at("/fault/error/0/message").asString())
			.isEqualTo("message=AuthenticationFailed; errorCode=003200; statusCode=401");
		HttpResponse<String> again = refresh(app, newRefreshToken);
		assertThat(again.statusCode()).isEqualTo(200);
		String latestAccess = body(again).get("access_token").asString();
		String latestRefresh = body(again).get("refresh_token").asString();
		assertThat(api(second, "/companyinfo/" + second, latestAccess).statusCode()).isEqualTo(200);
		assertThat(body(get("/admin/realms/" + second + "/stats")).get("tokenRefreshes").asLong()).isEqualTo(2);

		HttpResponse<String> revoked = send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(url("/oauth2/v1/tokens/revoke")))
			.header("Content-Type", "application/json")
			.header("Authorization", basic(app.clientId(), app.clientSecret()))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"token\":\"" + latestRefresh + "\"}")));
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertThat(refresh(app, latestRefresh).body()).isEqualTo("{\"error\":\"invalid_grant\"}");
		assertThat(api(second, "/companyinfo/" + second, latestAccess).statusCode()).isEqualTo(401);
	}

	@Test
	void denyingRedirectsWithAccessDenied() {
		String realm = createRealm(1, 0, 1);
		App app = registerApp(List.of(realm));
		String flow = flowId(get(authorizeUrl(app, ACCOUNTING, "s-deny")));
		HttpResponse<String> consent = postForm("/connect/oauth2/login",
				Map.of("flow", flow, "username", app.username(), "password", app.password()));
		assertThat(consent.body()).as("one company: no picker").doesNotContain("choose-company").contains("id=\"deny\"");
		HttpResponse<String> redirect = postForm("/connect/oauth2/consent", Map.of("flow", flow, "decision", "deny"));
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(queryParams(redirect.headers().firstValue("Location").orElseThrow()))
			.containsEntry("error", "access_denied")
			.containsEntry("state", "s-deny")
			.doesNotContainKey("code");
	}

	@Test
	void unknownClientOrUnregisteredRedirectUriShowsAnErrorPageWithoutRedirect() {
		String realm = createRealm(1, 0, 1);
		App app = registerApp(List.of(realm));
		HttpResponse<String> unknownClient = get("/connect/oauth2?client_id=nobody&redirect_uri="
				+ enc(app.redirectUri()) + "&response_type=code&scope=" + ACCOUNTING + "&state=s");
		assertThat(unknownClient.statusCode()).isEqualTo(400);
		assertThat(unknownClient.headers().firstValue("Location")).isEmpty();
		assertThat(unknownClient.body()).contains("id=\"error-title\"");
		HttpResponse<String> wrongRedirect = get("/connect/oauth2?client_id=" + app.clientId() + "&redirect_uri="
				+ enc("https://evil.example.com/cb") + "&response_type=code&scope=" + ACCOUNTING + "&state=s");
		assertThat(wrongRedirect.statusCode()).isEqualTo(400);
		assertThat(wrongRedirect.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void reusingAnAuthorizationCodeInvalidatesTheGrant() {
		String realm = createRealm(1, 0, 1);
		App app = registerApp(List.of(realm));
		String code = authorize(app, realm, ACCOUNTING).get("code");
		HttpResponse<String> first = exchangeCode(app, code);
		assertThat(first.statusCode()).isEqualTo(200);
		HttpResponse<String> reuse = exchangeCode(app, code);
		assertThat(reuse.statusCode()).isEqualTo(400);
		assertThat(reuse.body()).isEqualTo("{\"error\":\"invalid_grant\"}");
		assertThat(refresh(app, body(first).get("refresh_token").asString()).statusCode()).isEqualTo(400);
		assertThat(api(realm, "/companyinfo/" + realm, body(first).get("access_token").asString()).statusCode())
			.isEqualTo(401);
	}

	@Test
	void wrongClientSecretIsInvalidClient() {
		String realm = createRealm(1, 0, 1);
		Connection connection = connect(realm);
		HttpResponse<String> response = postForm("/oauth2/v1/tokens/bearer",
				Map.of("grant_type", "refresh_token", "refresh_token", connection.refreshToken()),
				basic(connection.app().clientId(), "wrong"), Map.of());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEqualTo("{\"error\":\"invalid_client\"}");
	}

	@Test
	void adminRevocationFailsTheNextRefresh() {
		String realm = createRealm(1, 0, 1);
		Connection connection = connect(realm);
		HttpResponse<String> revoke = postJson("/admin/realms/" + realm + "/revoke-refresh-tokens", Map.of());
		assertThat(revoke.statusCode()).isEqualTo(200);
		assertThat(body(revoke).get("revokedGrants").asInt()).isEqualTo(1);
		HttpResponse<String> refreshed = refresh(connection.app(), connection.refreshToken());
		assertThat(refreshed.statusCode()).isEqualTo(400);
		assertThat(refreshed.body()).isEqualTo("{\"error\":\"invalid_grant\"}");
	}

	@Test
	void refreshTokensExpireAfterTheirRollingLifetime() {
		String realm = createRealm(1, 0, 1);
		Connection connection = connect(realm);
		this.clock.advance(Duration.ofSeconds(8726400 + 1));
		assertThat(refresh(connection.app(), connection.refreshToken()).body()).isEqualTo("{\"error\":\"invalid_grant\"}");
	}

	@Test
	void realmAccessTokenLifetimeCanBeShortened() {
		String realm = createRealm(1, 0, 1);
		assertThat(putJson("/admin/realms/" + realm + "/faults", Map.of("accessTokenLifetimeSeconds", 5)).statusCode())
			.isEqualTo(200);
		Connection connection = connect(realm);
		HttpResponse<String> refreshed = refresh(connection.app(), connection.refreshToken());
		assertThat(body(refreshed).get("expires_in").asLong()).isEqualTo(5);
		this.clock.advance(Duration.ofSeconds(6));
		assertThat(api(realm, "/preferences", body(refreshed).get("access_token").asString()).statusCode())
			.isEqualTo(401);
	}

	@Test
	void revokingWithTheAccessTokenRevokesTheWholeGrant() {
		String realm = createRealm(1, 0, 1);
		Connection connection = connect(realm);
		HttpResponse<String> revoked = postForm("/oauth2/v1/tokens/revoke", Map.of("token", connection.accessToken()),
				basic(connection.app().clientId(), connection.app().clientSecret()), Map.of());
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertThat(api(realm, "/preferences", connection.accessToken()).statusCode()).isEqualTo(401);
		assertThat(refresh(connection.app(), connection.refreshToken()).body()).isEqualTo("{\"error\":\"invalid_grant\"}");
		HttpResponse<String> wrongClient = postForm("/oauth2/v1/tokens/revoke", Map.of("token", "x"),
				basic(connection.app().clientId(), "nope"), Map.of());
		assertThat(wrongClient.statusCode()).isEqualTo(401);
	}

	@Test
	void anUnsupportedResponseTypeIsReportedToTheRedirectUri() {
		String realm = createRealm(1, 0, 1);
		App app = registerApp(List.of(realm));
		HttpResponse<String> response = get("/connect/oauth2?client_id=" + app.clientId() + "&redirect_uri="
				+ enc(app.redirectUri()) + "&response_type=token&scope=" + ACCOUNTING + "&state=s1");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(queryParams(response.headers().firstValue("Location").orElseThrow()))
			.containsEntry("error", "unsupported_response_type")
			.containsEntry("state", "s1");
	}

	@Test
	void publishesADiscoveryDocumentPointingAtTheSandbox() {
		JsonNode document = body(get("/.well-known/openid_configuration"));
		assertThat(document.get("authorization_endpoint").asString()).isEqualTo(url("/connect/oauth2"));
		assertThat(document.get("token_endpoint").asString()).isEqualTo(url("/oauth2/v1/tokens/bearer"));
		assertThat(document.get("revocation_endpoint").asString()).isEqualTo(url("/oauth2/v1/tokens/revoke"));
	}

}
