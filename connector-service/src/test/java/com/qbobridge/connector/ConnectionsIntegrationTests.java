package com.qbobridge.connector;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.servicetokens.ServiceTokenKeys;
import com.qbobridge.servicetokens.ServiceTokenMinter;
import com.qbobridge.testsupport.ServiceTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConnectionsIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	com.qbobridge.connector.oauth.TokenStore tokens;

	@Test
	void connectsACompanyThroughIntuitsPagesAndReadsItsProfile() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Craig's Design and Landscaping", 7, 3, 5);

		UUID connectionId = connect(account, realmId);

		JsonNode connection = connection(account, connectionId);
		assertThat(connection.get("realmId").asString()).isEqualTo(realmId);
		assertThat(connection.get("companyName").asString()).isEqualTo("Craig's Design and Landscaping");
		assertThat(connection.get("country").asString()).isEqualTo("US");
		assertThat(connection.get("homeCurrency").asString()).isEqualTo("USD");
		assertThat(connection.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(connection.has("connectedAt")).isTrue();
		assertThat(connection.toString()).doesNotContainIgnoringCase("token");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(events().statusesOf(connectionId))
			.singleElement()
			.satisfies((change) -> {
				assertThat(change.status()).isEqualTo(ConnectionStatus.ACTIVE);
				assertThat(change.previousStatus()).isNull();
				assertThat(change.realmId()).isEqualTo(realmId);
				assertThat(change.metadata().accountId()).isEqualTo(account);
			}));
		ConnectorEvents.Received<ConnectionStatusChanged> record = events().statuses.stream()
			.filter((received) -> connectionId.equals(received.event().metadata().connectionId()))
			.findFirst()
			.orElseThrow();
		assertThat(record.key()).isEqualTo(connectionId.toString());
		assertThat(record.headers()).containsEntry(EventHeaders.EVENT_TYPE, "ConnectionStatusChanged")
			.containsKey(EventHeaders.EVENT_ID)
			.containsKey(EventHeaders.CORRELATION_ID)
			.doesNotContainKey("__TypeId__");
	}

	@Test
	void connectingTheSameCompanyAgainUpdatesTheConnection() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Twice Connected Ltd", 8, 2, 2);

		UUID first = connect(account, realmId);
		UUID second = connect(account, realmId);

		assertThat(second).isEqualTo(first);
		assertThat(connections(account)).hasSize(1);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().statusesOf(first)).extracting(ConnectionStatusChanged::previousStatus)
				.containsExactly(null, ConnectionStatus.ACTIVE));
	}

	@Test
	void oneAccountConnectsSeveralCompaniesAndSeesOnlyItsOwn() {
		String account = "acct-" + UUID.randomUUID();
		String other = "acct-" + UUID.randomUUID();
		UUID first = connect(account, sandbox().createRealm("First Co", 9, 1, 1));
		UUID second = connect(account, sandbox().createRealm("Second Co", 10, 1, 1));

		assertThat(connections(account)).extracting((node) -> UUID.fromString(node.get("id").asString()))
			.containsExactly(first, second);
		assertThat(connections(other)).isEmpty();
		HttpResponse<String> foreign = call("DELETE", "/connections/" + first, other);
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = EventJson.mapper().readTree(foreign.body());
		assertThat(problem.get("type").asString()).isEqualTo("https://qbobridge.com/problems/connection-not-found");
		assertThat(connection(account, first).get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test // GH-15
	void holdsOnlyThePublicKeySoItCannotMintServiceTokens() {
		assertThat(this.context.getBeanProvider(ServiceTokenMinter.class).getIfAvailable()).isNull();
		assertThat(this.context.getEnvironment().getProperty("pipeline.service-tokens.signing-key")).isNull();
		assertThat(this.context.getEnvironment().getProperty("pipeline.service-tokens.jwk-set"))
			.isEqualTo(ServiceTokens.keys().jwkSet())
			.doesNotContain("\"d\"");
	}

	@Test // GH-15
	void refusesCallsWithoutAValidServiceToken() {
		Instant now = Instant.now();
		assertThat(call("GET", "/connections", null).statusCode()).isEqualTo(401);
		for (String token : List.of(ServiceTokens.mint("case-service", "acme"),
				ServiceTokens.mint(ServiceTokens.keys(), "connector-service", "acme", now.minus(Duration.ofMinutes(10)),
						Duration.ofMinutes(5)),
				ServiceTokens.mint(ServiceTokens.keys(), "connector-service", "acme", now.plus(Duration.ofMinutes(3)),
						Duration.ofMinutes(5)),
				ServiceTokens.mint(ServiceTokenKeys.generate(), "connector-service", "acme", now,
						Duration.ofMinutes(5)),
				ServiceTokens.forgedWithThePublicKey("connector-service", "acme"))) {
			HttpResponse<String> response = send(java.net.http.HttpRequest
				.newBuilder(URI.create("http://localhost:" + PORT + "/connections"))
				.header("Authorization", "Bearer " + token)
				.GET());
			assertThat(response.statusCode()).isEqualTo(401);
		}
	}

	@Test
	void sendsTheBrowserBackWithAnErrorWhenTheCreditorRefusesOrTheStateIsUnknown() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Refused Co", 11, 1, 1);

		URI refused = signIn(account, realmId, false);
		URI forged = new com.qbobridge.testsupport.sandbox.QuickBooksSignIn()
			.visit(URI.create(callbackUrl() + "?code=stolen&state=forged&realmId=" + realmId));

		assertThat(refused.toString()).startsWith("http://localhost:8080/integrations");
		assertThat(query(refused)).containsEntry("error", "access_denied");
		assertThat(query(forged)).containsEntry("error", "invalid_state");
		assertThat(connections(account)).isEmpty();
	}

	@Test // GH-15
	void completesAFlowOnlyForTheBrowserThatStartedItAndOnlyOnce() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Forwarded Link Co", 13, 1, 1);
		String binding = binding();

		URI back = answer(account, realmId, true, binding);

		assertThat(back.toString()).startsWith("http://localhost:8080/integrations/quickbooks/complete?state=");
		String state = queryOf(back).get("state");
		HttpResponse<String> otherBrowser = complete(account, state, binding());
		assertThat(otherBrowser.statusCode()).isEqualTo(403);
		assertThat(EventJson.mapper().readTree(otherBrowser.body()).get("type").asString())
			.isEqualTo("https://qbobridge.com/problems/connect-flow-not-bound");
		assertThat(complete(account, state, binding).statusCode()).as("used up by the refused attempt").isEqualTo(404);
		assertThat(connections(account)).isEmpty();
	}

	@Test // GH-15
	void anotherAccountCannotCompleteTheFlowAndTheStartingOneCan() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Own Flow Co", 14, 1, 1);
		String binding = binding();
		String state = queryOf(answer(account, realmId, true, binding)).get("state");

		assertThat(complete("acct-" + UUID.randomUUID(), state, binding).statusCode()).isEqualTo(404);
		HttpResponse<String> completed = complete(account, state, binding);

		assertThat(completed.statusCode()).isEqualTo(200);
		String connectionId = EventJson.mapper().readTree(completed.body()).get("connectionId").asString();
		assertThat(connection(account, UUID.fromString(connectionId)).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(call("POST", "/connections/quickbooks", account).statusCode()).as("no binding").isEqualTo(400);
	}

	@Test // GH-15
	void neitherEchoesUnknownErrorCodesNorAcceptsAnOddRealmId() {
		String account = "acct-" + UUID.randomUUID();
		URI evil = new com.qbobridge.testsupport.sandbox.QuickBooksSignIn()
			.visit(URI.create(callbackUrl() + "?state=" + startedState(account) + "&error=%3Cscript%3Ealert(1)"));
		URI oddRealm = new com.qbobridge.testsupport.sandbox.QuickBooksSignIn()
			.visit(URI.create(callbackUrl() + "?state=" + startedState(account) + "&code=c&realmId=1%0Aforged"));

		assertThat(query(evil)).containsEntry("error", "authorization_failed");
		assertThat(query(oddRealm)).containsEntry("error", "invalid_callback");
	}

	private static String startedState(String account) {
		HttpResponse<String> started = call("POST", "/connections/quickbooks", account,
				"{\"binding\":\"" + binding() + "\"}");
		URI authorization = URI.create(EventJson.mapper().readTree(started.body()).get("authorizationUrl").asString());
		return queryOf(authorization).get("state");
	}

	@Test
	void storesTokensEncryptedAndDisconnectRevokesAndDeletesThem() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Disconnecting Co", 12, 1, 1);
		UUID connectionId = connect(account, realmId);
		Map<String, Object> row = this.jdbc
			.sql("select key_id, access_token, refresh_token from connection_tokens where connection_id = ?")
			.param(connectionId)
			.query()
			.singleRow();
		assertThat(row.get("key_id")).isEqualTo("test-k1");
		assertThat(new String((byte[]) row.get("refresh_token"), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("AB11");

		String refreshToken = this.tokens.find(connectionId).orElseThrow().refreshToken();

		HttpResponse<String> deleted = call("DELETE", "/connections/" + connectionId, account);

		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(sandbox().refresh(CLIENT_ID, CLIENT_SECRET, refreshToken)).as("revoked at Intuit").isEqualTo(400);
		assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("DISCONNECTED");
		assertThat(this.jdbc.sql("select count(*) from connection_tokens where connection_id = ?")
			.param(connectionId)
			.query(Integer.class)
			.single()).isZero();
		assertThat(call("DELETE", "/connections/" + connectionId, account).statusCode()).isEqualTo(204);
		ImportRequested request = requestImport(account, connectionId, DateField.DUE_DATE, null, null);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().completedOf(request.metadata().importId())).singleElement()
				.satisfies((completed) -> assertThat(completed.failureReason())
					.isEqualTo(ImportFailureReason.CONNECTION_NOT_FOUND)));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().statusesOf(connectionId)).extracting(ConnectionStatusChanged::status)
				.containsExactly(ConnectionStatus.ACTIVE, ConnectionStatus.DISCONNECTED));
	}

	private static Map<String, String> query(URI uri) {
		return UriComponentsBuilder.fromUri(uri).build().getQueryParams().toSingleValueMap();
	}

}
