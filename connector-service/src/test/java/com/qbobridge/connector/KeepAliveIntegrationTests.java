package com.qbobridge.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.qbobridge.connector.oauth.AccessTokens;
import com.qbobridge.connector.oauth.KeepAliveProperties;
import com.qbobridge.connector.oauth.TokenKeepAlive;
import com.qbobridge.connector.oauth.TokenLifetime;
import com.qbobridge.connector.oauth.TokenStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GH-14 (point 3): a connection nobody imports with stays alive. The sandbox rotates and expires refresh tokens as
 * Intuit does; connecting records the grant's hard expiry (asked for with {@code x-include-refresh-token-hard-
 * expires-in}); the keep-alive refreshes a connection idle past {@code idle-after}, once even when two instances run
 * it together, and leaves fresh ones alone; the connection API says "reconnect before" the hard expiry and flags it
 * when the clock reaches the warning period.
 */
class KeepAliveIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	TokenStore store;

	@Autowired
	AccessTokens tokens;

	@Autowired
	KeepAliveProperties properties;

	@Autowired
	TokenKeepAlive keepAlive;

	@Autowired
	JdbcClient jdbc;

	@Test
	void connectingRecordsTheHardExpiryAndTheApiSaysToReconnectBeforeIt() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Hard Expiry Co", 8, 2, 4);
		UUID connectionId = connect(account, realmId);

		JsonNode view = connection(account, connectionId);
		Instant reconnectBefore = Instant.parse(view.get("reconnectBefore").asString());
		assertThat(reconnectBefore).as("the sandbox's 5-year cap since consent")
			.isBetween(Instant.now().plus(Duration.ofDays(1825)), Instant.now().plus(Duration.ofDays(1827)));
		assertThat(view.get("reconnectSoon").asBoolean()).isFalse();
		TokenLifetime lifetime = this.store.lifetime(connectionId).orElseThrow();
		Clock nearTheCap = Clock.offset(Clock.systemUTC(), Duration.ofDays(1826 - 10));
		assertThat(keepAliveAt(nearTheCap).reconnectSoon(lifetime)).isTrue();
		assertThat(this.keepAlive.reconnectSoon(lifetime)).isFalse();

		this.jdbc.sql("update connection_tokens set refresh_token_hard_expires_at = ? where connection_id = ?")
			.param(java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(10))))
			.param(connectionId)
			.update();
		assertThat(connection(account, connectionId).get("reconnectSoon").asBoolean()).isTrue();
	}

	@Test
	void refreshesAConnectionIdlePastTheKeepAliveOnceAcrossTwoInstancesAndLeavesFreshOnesAlone() {
		String account = "acct-" + UUID.randomUUID();
		String idleRealm = sandbox().createRealm("Idle Co", 9, 2, 4);
		String freshRealm = sandbox().createRealm("Fresh Co", 10, 2, 4);
		UUID idle = connect(account, idleRealm);
		connect(account, freshRealm);
		String tokenBefore = this.store.find(idle).orElseThrow().refreshToken();
		// The idle connection was last refreshed 31 days ago.
		this.jdbc.sql("update connection_tokens set refreshed_at = refreshed_at - interval '31 days' "
				+ "where connection_id = ?").param(idle).update();
		long idleRefreshes = sandbox().stats(idleRealm).get("tokenRefreshes").asLong();
		long freshRefreshes = sandbox().stats(freshRealm).get("tokenRefreshes").asLong();

		TokenKeepAlive other = keepAliveAt(Clock.systemUTC());
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(this.keepAlive::refreshIdle);
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(other::refreshIdle);
		CompletableFuture.allOf(first, second).join();

		assertThat(sandbox().stats(idleRealm).get("tokenRefreshes").asLong()).as("one refresh, not two")
			.isEqualTo(idleRefreshes + 1);
		assertThat(sandbox().stats(freshRealm).get("tokenRefreshes").asLong()).isEqualTo(freshRefreshes);
		TokenLifetime lifetime = this.store.lifetime(idle).orElseThrow();
		assertThat(lifetime.refreshedAt()).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));
		assertThat(lifetime.refreshTokenExpiresAt()).as("a new 100-day rolling expiry")
			.isAfter(Instant.now().plus(Duration.ofDays(100)));
		assertThat(lifetime.hardExpiresAt()).isNotNull();
		assertThat(this.store.find(idle).orElseThrow().refreshToken()).as("the sandbox rotated it")
			.isNotEqualTo(tokenBefore);
		assertThat(connection(account, idle).get("status").asString()).isEqualTo("ACTIVE");

		// A month later by the clock, the connection just refreshed is idle again; by today's, it is not.
		assertThat(keepAliveAt(Clock.offset(Clock.systemUTC(), Duration.ofDays(31))).lifetime(idle)).isPresent();
		assertThat(this.keepAlive.refreshIdle()).isZero();
	}

	private TokenKeepAlive keepAliveAt(Clock clock) {
		return new TokenKeepAlive(this.store, this.tokens, this.properties, clock);
	}

}
