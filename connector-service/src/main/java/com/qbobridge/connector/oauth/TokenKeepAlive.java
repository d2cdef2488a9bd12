package com.qbobridge.connector.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.schemas.connector.ConnectionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps idle connections alive: Intuit's refresh tokens lapse after 100 days without use, so a creditor who imports
 * quarterly would find the connection dead. Every {@code interval} it refreshes the connections (active, or missing a
 * permission) whose tokens were last issued more than {@code idleAfter} ago, which also records the grant's hard
 * expiry. It survives restarts (the idle time is read from the database) and runs on every instance: a refresh holds
 * the connection's refresh lock and is skipped when another instance replaced the tokens meanwhile, so no
 * connection is refreshed from two instances at once.
 */
public class TokenKeepAlive {

	private static final Logger logger = LoggerFactory.getLogger(TokenKeepAlive.class);

	private static final List<String> KEPT_ALIVE = List.of(ConnectionStatus.ACTIVE.name(),
			ConnectionStatus.PERMISSION_MISSING.name());

	private final TokenStore store;

	private final AccessTokens tokens;

	private final KeepAliveProperties properties;

	private final Clock clock;

	public TokenKeepAlive(TokenStore store, AccessTokens tokens, KeepAliveProperties properties, Clock clock) {
		this.store = store;
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How long a connection's grant lives, for the connection API.
	 * @param connectionId the connection
	 * @return its lifetime, empty when it has no tokens
	 */
	public Optional<TokenLifetime> lifetime(UUID connectionId) {
		return this.store.lifetime(connectionId);
	}

	/**
	 * Whether the creditor should reconnect now, the grant's hard expiry being within the warning period.
	 * @param lifetime the grant's lifetime
	 * @return {@code true} to say "reconnect before ..."
	 */
	public boolean reconnectSoon(TokenLifetime lifetime) {
		return lifetime.reconnectSoon(this.clock.instant(), this.properties.reconnectWarning());
	}

	/**
	 * Refreshes the idle connections once.
	 * @return how many were refreshed
	 */
	@Scheduled(fixedDelayString = "${pipeline.connector.oauth.keep-alive.interval}",
			initialDelayString = "${pipeline.connector.oauth.keep-alive.interval}")
	public int refreshIdle() {
		Instant cutoff = this.clock.instant().minus(this.properties.idleAfter());
		List<UUID> idle = this.store.refreshedBefore(cutoff, KEPT_ALIVE, this.properties.batchSize());
		int refreshed = 0;
		for (UUID connectionId : idle) {
			try {
				Tokens current = this.store.find(connectionId).orElse(null);
				if (current == null) {
					continue;
				}
				// Forced: the access token may still be valid, the refresh token's rolling expiry is what matters.
				this.tokens.renewRejected(connectionId, current.accessToken(), null);
				refreshed++;
			}
			catch (TokenExpired ex) {
				logger.warn("Connection {} could not be kept alive: {}", connectionId, ex.getMessage());
			}
			catch (RuntimeException ex) {
				logger.warn("Connection {} could not be kept alive now, trying again next run: {}", connectionId,
						ex.toString());
			}
		}
		if (!idle.isEmpty()) {
			logger.info("Kept {} of {} idle connections alive", refreshed, idle.size());
		}
		return refreshed;
	}

}
