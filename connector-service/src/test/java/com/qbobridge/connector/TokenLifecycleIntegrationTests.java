package com.qbobridge.connector;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.AccessTokens;
import com.qbobridge.connector.oauth.TokenStore;
import com.qbobridge.connector.oauth.Tokens;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.qbobridge.connector.InvoiceImportIntegrationTests.awaitCompleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class TokenLifecycleIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	TokenStore tokens;

	@Autowired
	AccessTokens accessTokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConnectionManagement connections;

	@Test
	void refreshesTokensExpiringEveryFewSecondsDuringConcurrentImportsOneRefreshAtATime(CapturedOutput output) {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Short Lived Tokens Co", 31, 80, 2500);
		sandbox().faults(realmId, Map.of("accessTokenLifetimeSeconds", 3, "latencyMillis", 1500));
		UUID connectionId = connect(account, realmId);
		Tokens initial = this.tokens.find(connectionId).orElseThrow();
		assertThat(initial.accessTokenExpiresAt()).isBefore(Instant.now().plusSeconds(4));

		ImportRequested byDueDate = requestImport(account, connectionId, DateField.DUE_DATE, null, null);
		ImportRequested byInvoiceDate = requestImport(account, connectionId, DateField.INVOICE_DATE, null, null);
		ImportCompleted first = awaitCompleted(byDueDate);
		ImportCompleted second = awaitCompleted(byInvoiceDate);

		assertThat(first.succeeded()).as("%s", first).isTrue();
		assertThat(second.succeeded()).as("%s", second).isTrue();
		assertThat(first.invoicesFetched()).isEqualTo(second.invoicesFetched()).isPositive();
		JsonNode stats = sandbox().stats(realmId);
		long refreshes = stats.get("tokenRefreshes").asLong();
		assertThat(refreshes).isGreaterThanOrEqualTo(2);
		assertThat(this.accessTokens.maxConcurrentRefreshes()).isEqualTo(1);
		assertThat(this.jdbc.sql("select refresh_count from connection_tokens where connection_id = ?")
			.param(connectionId)
			.query(Long.class)
			.single()).as("every refresh Intuit made was stored").isEqualTo(refreshes);
		Tokens current = this.tokens.find(connectionId).orElseThrow();
		assertThat(current.refreshToken()).isNotEqualTo(initial.refreshToken());
		assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(events().statusesOf(connectionId)).extracting(ConnectionStatusChanged::status)
			.containsOnly(ConnectionStatus.ACTIVE);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().statusesOf(connectionId))
				.filteredOn((change) -> change.previousStatus() == ConnectionStatus.REFRESHING)
				.as("every refresh ran as REFRESHING and its end was published (threshold 0 s in tests)")
				.hasSize((int) refreshes)
				.allSatisfy((change) -> assertThat(change.metadata().correlationId()).isIn(
						byDueDate.metadata().correlationId(), byInvoiceDate.metadata().correlationId())));
		assertThat(this.jdbc.sql("select status_reason from connections where id = ?")
			.param(connectionId)
			.query(String.class)
			.single()).startsWith("Access token refreshed");

		Map<String, Object> row = this.jdbc
			.sql("select access_token, refresh_token from connection_tokens where connection_id = ?")
			.param(connectionId)
			.query()
			.singleRow();
		for (String column : row.keySet()) {
			String stored = new String((byte[]) row.get(column), StandardCharsets.ISO_8859_1);
			assertThat(stored).doesNotContain(current.accessToken()).doesNotContain(current.refreshToken());
		}
		assertThat(output.getAll()).as("the application's log is captured")
			.contains("Refreshed the tokens of connection " + connectionId);
		for (String token : new String[] { initial.accessToken(), initial.refreshToken(), current.accessToken(),
				current.refreshToken() }) {
			assertThat(output.getAll()).doesNotContain(token);
		}
	}

	@Test
	void showsRefreshingThroughTheApiAndPublishesNothingForAQuickRefresh() {
		String account = "acct-" + UUID.randomUUID();
		UUID connectionId = connect(account, sandbox().createRealm("Quiet Refresh Co", 36, 1, 1));

		assertThat(this.connections.startRefreshing(connectionId)).isTrue();
		assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("REFRESHING");
		assertThat(this.connections.startRefreshing(connectionId)).as("only from ACTIVE").isFalse();
		this.connections.finishRefreshing(connectionId, "Access token refreshed", false, null);
		assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("ACTIVE");
		this.connections.changeStatus(connectionId, ConnectionStatus.PERMISSION_MISSING, "access removed", null);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().statusesOf(connectionId))
				.as("changes leave in order, so nothing was published between connect and this one")
				.extracting(ConnectionStatusChanged::status)
				.containsExactly(ConnectionStatus.ACTIVE, ConnectionStatus.PERMISSION_MISSING));
		assertThat(events().statusesOf(connectionId).get(1).previousStatus()).isEqualTo(ConnectionStatus.ACTIVE);
	}

	@Test
	void renewsAnAccessTokenQuickBooksRejectsAndCarriesOn() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Rejected Token Co", 32, 5, 40);
		UUID connectionId = connect(account, realmId);
		Tokens stored = this.tokens.find(connectionId).orElseThrow();
		this.tokens.save(connectionId, new Tokens("not-a-token-quickbooks-knows", Instant.now().plusSeconds(3600),
				stored.refreshToken(), stored.refreshTokenExpiresAt()), false);

		ImportCompleted completed = awaitCompleted(requestImport(account, connectionId, DateField.DUE_DATE, null, null));

		assertThat(completed.succeeded()).isTrue();
		assertThat(sandbox().stats(realmId).get("tokenRefreshes").asLong()).isEqualTo(1);
		assertThat(this.tokens.find(connectionId).orElseThrow().accessToken())
			.isNotEqualTo("not-a-token-quickbooks-knows");
	}

	@Test
	void aRevokedRefreshTokenNeedsAReconnectAndNothingElseBreaks() {
		String account = "acct-" + UUID.randomUUID();
		String revokedRealm = sandbox().createRealm("Revoked Co", 33, 5, 40);
		String healthyRealm = sandbox().createRealm("Healthy Co", 34, 5, 40);
		sandbox().faults(revokedRealm, Map.of("accessTokenLifetimeSeconds", 1));
		UUID revoked = connect(account, revokedRealm);
		UUID healthy = connect(account, healthyRealm);
		sandbox().revokeRefreshTokens(revokedRealm);

		ImportCompleted failed = awaitCompleted(requestImport(account, revoked, DateField.DUE_DATE, null, null));

		assertThat(failed.succeeded()).isFalse();
		assertThat(failed.failureReason()).isEqualTo(ImportFailureReason.TOKEN_EXPIRED);
		assertThat(failed.detail()).contains("reconnect");
		assertThat(connection(account, revoked).get("status").asString()).isEqualTo("NEEDS_RECONNECT");
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(events().statusesOf(revoked))
			.last()
			.satisfies((change) -> {
				assertThat(change.status()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
				assertThat(change.previousStatus()).as("the refresh that failed").isEqualTo(ConnectionStatus.REFRESHING);
			}));
		assertThat(this.tokens.find(revoked)).isEmpty();
		ImportCompleted again = awaitCompleted(requestImport(account, revoked, DateField.DUE_DATE, null, null));
		assertThat(again.failureReason()).isEqualTo(ImportFailureReason.TOKEN_EXPIRED);

		assertThat(awaitCompleted(requestImport(account, healthy, DateField.DUE_DATE, null, null)).succeeded())
			.isTrue();
		assertThat(connection(account, healthy).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(connect(account, revokedRealm)).isEqualTo(revoked);
		assertThat(connection(account, revoked).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(awaitCompleted(requestImport(account, revoked, DateField.DUE_DATE, null, null)).succeeded())
			.isTrue();
	}

	@Test
	void aForbiddenCompanyNeedsPermissionAndRecoversOnceGranted() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Forbidden Co", 35, 5, 40);
		UUID connectionId = connect(account, realmId);
		sandbox().resetStats(realmId);
		sandbox().faults(realmId, Map.of("forbidden", true));

		ImportCompleted failed = awaitCompleted(requestImport(account, connectionId, DateField.DUE_DATE, null, null));

		assertThat(failed.failureReason()).isEqualTo(ImportFailureReason.PERMISSION_MISSING);
		assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("PERMISSION_MISSING");
		assertThat(sandbox().stats(realmId).get("requests").asLong()).as("a 403 is never retried").isEqualTo(1);

		sandbox().faults(realmId, Map.of("forbidden", false));
		assertThat(awaitCompleted(requestImport(account, connectionId, DateField.DUE_DATE, null, null)).succeeded())
			.isTrue();
		assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("ACTIVE");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().statusesOf(connectionId)).extracting(ConnectionStatusChanged::status)
				.containsExactly(ConnectionStatus.ACTIVE, ConnectionStatus.PERMISSION_MISSING,
						ConnectionStatus.ACTIVE));
	}

}
