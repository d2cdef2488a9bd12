package com.qbobridge.connector;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.AccessTokens;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.connector.oauth.QuickBooksOAuthProperties;
import com.qbobridge.connector.oauth.TokenStore;
import com.qbobridge.connector.oauth.Tokens;
import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * A refresh token Intuit rotated is never lost to what happens after Intuit answered: the sandbox rotates on every
 * refresh and the old value then fails with {@code invalid_grant}, so a connection whose rotated token was not kept
 * needs a reconnect on its next refresh. Each test refreshes through its own {@link AccessTokens} over the real token
 * endpoint, with a token client that misbehaves once Intuit answered, then refreshes again through the application's.
 */
class TokenRotationIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	TokenStore tokens;

	@Autowired
	AccessTokens accessTokens;

	@Autowired
	QuickBooksAccess quickBooks;

	@Autowired
	RestClientRefreshTokenTokenResponseClient intuit;

	@Autowired
	ClientRegistration registration;

	@Autowired
	ConnectionManagement connections;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	QuickBooksOAuthProperties properties;

	@Test
	void aRotatedRefreshTokenSurvivesATransactionThatFailsToCommitAfterIntuitAnswered() {
		String account = "acct-" + UUID.randomUUID();
		UUID connectionId = connect(account, sandbox().createRealm("Commit Fails After Rotation Co", 71, 2, 6));
		Tokens issued = this.tokens.find(connectionId).orElseThrow();
		AccessTokens failingCommit = accessTokens((grant) -> {
			OAuth2AccessTokenResponse answer = this.intuit.getTokenResponse(grant);
			// Intuit has rotated the refresh token; now the transaction this call runs in cannot commit, as when
			// the database connection drops or the process dies before the commit.
			assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isTrue();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					throw new IllegalStateException("simulated commit failure after Intuit answered");
				}
			});
			return answer;
		});

		Throwable failed = catchThrowable(() -> failingCommit.renewRejected(connectionId, issued.accessToken(), null));

		// The next access whose token QuickBooks rejects refreshes with whatever refresh token is stored.
		Tokens stored = this.tokens.find(connectionId).orElseThrow();
		String next = this.accessTokens.renewRejected(connectionId, stored.accessToken(), null);
		assertThat(failed).as("the refresh still handed out the rotated token").isNull();
		assertThat(stored.refreshToken()).as("the rotated refresh token was kept").isNotEqualTo(issued.refreshToken());
		assertThat(sandbox().refresh(CLIENT_ID, CLIENT_SECRET, issued.refreshToken()))
			.as("Intuit rotated the old refresh token away")
			.isEqualTo(400);
		assertThat(next).isNotEqualTo(stored.accessToken()).isEqualTo(this.tokens.find(connectionId).orElseThrow()
			.accessToken());
		assertWorksAndStaysActive(account, connectionId, 2);
	}

	@Test
	void anInvalidGrantForARefreshTokenReplacedMeanwhileUsesTheStoredTokens() {
		String account = "acct-" + UUID.randomUUID();
		UUID connectionId = connect(account, sandbox().createRealm("Replaced Meanwhile Co", 72, 2, 6));
		Tokens issued = this.tokens.find(connectionId).orElseThrow();
		CompletableFuture<Void> otherWriter = new CompletableFuture<>();
		AccessTokens overtaken = accessTokens((grant) -> {
			// Meanwhile a refresh that lost its lock (its database connection dropped) rotated the same refresh
			// token and stored the result, without this refresh's lock.
			CompletableFuture.runAsync(() -> {
				OAuth2AccessTokenResponse answer = this.intuit.getTokenResponse(grant);
				this.tokens.save(connectionId, new Tokens(answer.getAccessToken().getTokenValue(),
						answer.getAccessToken().getExpiresAt(), answer.getRefreshToken().getTokenValue(), null), true);
			}).whenComplete((done, failure) -> otherWriter.complete(null));
			awaitQuietly(otherWriter);
			return this.intuit.getTokenResponse(grant);
		});

		String handedOut = overtaken.renewRejected(connectionId, issued.accessToken(), null);

		awaitQuietly(otherWriter);
		Tokens stored = this.tokens.find(connectionId).orElseThrow();
		assertThat(stored.refreshToken()).isNotEqualTo(issued.refreshToken());
		assertThat(handedOut).isEqualTo(stored.accessToken()).isNotEqualTo(issued.accessToken());
		assertWorksAndStaysActive(account, connectionId, 1);
	}

	/** The connection answers with its stored token, is ACTIVE, and never needed a reconnect. */
	private void assertWorksAndStaysActive(String account, UUID connectionId, int refreshes) {
		Connection connection = this.connections.find(connectionId).orElseThrow();
		assertThat(this.quickBooks.query(connection, "select count(*) from Invoice", null).get("totalCount").asLong())
			.isEqualTo(6);
		assertThat(connection.status()).isEqualTo(ConnectionStatus.ACTIVE);
		assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("ACTIVE");
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(events().statusesOf(connectionId))
				.filteredOn((change) -> change.previousStatus() == ConnectionStatus.REFRESHING)
				.hasSize(refreshes));
		assertThat(events().statusesOf(connectionId)).extracting(ConnectionStatusChanged::status)
			.containsOnly(ConnectionStatus.ACTIVE);
	}

	private AccessTokens accessTokens(OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> client) {
		return new AccessTokens(this.tokens, client, this.registration, this.connections, this.transactions,
				this.properties, new SimpleMeterRegistry(), Clock.systemUTC());
	}

	/**
	 * Waits for the other writer, at most a few seconds: a refresh that held the token row locked until its end (as
	 * before the fix) blocks it until the refresh is over.
	 */
	private static void awaitQuietly(CompletableFuture<Void> otherWriter) {
		try {
			otherWriter.get(5, TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// The assertions tell what became of it.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
