package com.qbobridge.connector.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.ConnectionStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out a valid access token per connection, refreshing it proactively shortly before it expires and reactively
 * when QuickBooks rejects it. A refresh holds the connection's refresh lock ({@link TokenStore#lockForRefresh}, in a
 * transaction of its own) from reading the refresh token until it is done, so two refreshes of one connection never
 * run at once; the tokens Intuit answers with are committed at once in a second, short transaction, so that a rotated
 * refresh token survives whatever happens to the lock's transaction afterwards (a failed commit, a lost database
 * connection). The new refresh token is stored before the new access token is handed out. The connection shows
 * {@code REFRESHING} while Intuit is asked; an {@code invalid_grant} turns it to {@code NEEDS_RECONNECT}, unless
 * newer tokens were stored since the refresh read them, which are then used instead.
 */
public class AccessTokens {

	private static final Logger logger = LoggerFactory.getLogger(AccessTokens.class);

	/** Refresh attempts under one lock: the stored refresh token, and a newer one stored while Intuit refused it. */
	private static final int MAX_ATTEMPTS = 2;

	private final TokenStore store;

	private final OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshClient;

	private final ClientRegistration registration;

	private final ConnectionManagement connections;

	private final TransactionTemplate transactions;

	private final TransactionTemplate ownTransactions;

	private final QuickBooksOAuthProperties properties;

	private final Clock clock;

	private final Map<UUID, AtomicInteger> refreshesInFlight = new ConcurrentHashMap<>();

	private final AtomicInteger maxConcurrentRefreshes = new AtomicInteger();

	private final Counter refreshed;

	private final Counter rejected;

	public AccessTokens(TokenStore store, OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshClient,
			ClientRegistration registration, ConnectionManagement connections, TransactionTemplate transactions,
			QuickBooksOAuthProperties properties, MeterRegistry meters, Clock clock) {
		this.store = store;
		this.refreshClient = refreshClient;
		this.registration = registration;
		this.connections = connections;
		this.transactions = transactions;
		this.ownTransactions = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
		this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.clock = clock;
		this.refreshed = Counter.builder("qbo.oauth.refreshes")
			.description("Access token refreshes")
			.tag("outcome", "refreshed")
			.register(meters);
		this.rejected = Counter.builder("qbo.oauth.refreshes")
			.description("Access token refreshes")
			.tag("outcome", "invalid_grant")
			.register(meters);
		Gauge.builder("qbo.oauth.refreshes.max-concurrent-per-connection", this.maxConcurrentRefreshes,
				AtomicInteger::get)
			.description("Most refreshes of one connection ever seen running at the same time (must stay 1)")
			.register(meters);
	}

	/**
	 * A valid access token, refreshed first when it expires within the configured skew.
	 * @param connectionId the connection
	 * @param cause the event being handled, to correlate a status change, if any
	 * @return the access token
	 * @throws TokenExpired when the connection must be reconnected
	 */
	public String accessToken(UUID connectionId, @Nullable EventMetadata cause) {
		Tokens tokens = this.store.find(connectionId)
			.orElseThrow(() -> new TokenExpired(connectionId, "no tokens are stored"));
		if (tokens.accessTokenValidAfter(this.clock.instant(), this.properties.refreshSkew())) {
			return tokens.accessToken();
		}
		return refresh(connectionId, tokens.accessToken(), cause);
	}

	/**
	 * A new access token after QuickBooks rejected one (401); when another thread already replaced the rejected
	 * token, its replacement is returned without a second refresh.
	 * @param connectionId the connection
	 * @param rejectedToken the token QuickBooks rejected
	 * @param cause the event being handled, if any
	 * @return a new access token
	 * @throws TokenExpired when the connection must be reconnected
	 */
	public String renewRejected(UUID connectionId, String rejectedToken, @Nullable EventMetadata cause) {
		return refresh(connectionId, rejectedToken, cause);
	}

	/**
	 * The most refreshes of one connection seen at the same time in this instance.
	 * @return 1 when refreshes were serialised, 0 when none ran
	 */
	public int maxConcurrentRefreshes() {
		return this.maxConcurrentRefreshes.get();
	}

	private String refresh(UUID connectionId, String staleToken, @Nullable EventMetadata cause) {
		Refreshing refreshing = new Refreshing();
		Outcome outcome;
		try {
			outcome = this.transactions.execute((tx) -> refreshLocked(connectionId, staleToken, cause, refreshing));
		}
		catch (RuntimeException ex) {
			if (refreshing.stored == null) {
				if (refreshing.marked) {
					this.connections.finishRefreshing(connectionId,
							"Refreshing the access token failed; it is tried again on next use", true, cause);
				}
				throw ex;
			}
			// The rotated tokens were committed on their own right after Intuit answered; only the transaction that
			// held the lock failed (its connection died, or its commit failed), which releases the lock anyway.
			logger.warn("The refresh lock of connection {} ended with an error after the refreshed tokens were "
					+ "stored; they are used: {}", connectionId, ex.toString());
			outcome = Outcome.renewed(refreshing.stored);
		}
		if (outcome == null || outcome.accessToken() == null) {
			throw new TokenExpired(connectionId, (outcome != null) ? outcome.reason() : "no tokens are stored");
		}
		if (refreshing.marked) {
			// After the tokens were stored: they are there before the connection shows ACTIVE again.
			Duration took = Duration.between(refreshing.startedAt, this.clock.instant());
			boolean slow = took.compareTo(this.properties.refreshEventAfter()) >= 0;
			this.connections.finishRefreshing(connectionId,
					slow ? "Access token refreshed after " + took.toMillis() + " ms" : "Access token refreshed", slow,
					cause);
		}
		return outcome.accessToken();
	}

	/**
	 * Refreshes holding the connection's refresh lock (in the caller's transaction), storing what Intuit answers at
	 * once in a transaction of its own.
	 */
	private Outcome refreshLocked(UUID connectionId, String staleToken, @Nullable EventMetadata cause,
			Refreshing refreshing) {
		Tokens current = this.store.lockForRefresh(connectionId).orElse(null);
		if (current == null) {
			return Outcome.expired("no tokens are stored");
		}
		if (usable(current, staleToken)) {
			return Outcome.renewed(current.accessToken());
		}
		refreshing.marked = this.connections.startRefreshing(connectionId);
		refreshing.startedAt = this.clock.instant();
		for (int attempt = 1;; attempt++) {
			Instant now = this.clock.instant();
			OAuth2AccessTokenResponse response;
			try {
				response = callIntuit(connectionId, current);
			}
			catch (OAuth2AuthorizationException ex) {
				if (!OAuth2ErrorCodes.INVALID_GRANT.equals(ex.getError().getErrorCode())) {
					throw new TokenRefreshFailed(connectionId, ex);
				}
				Tokens stored = this.store.find(connectionId).orElse(null);
				if (stored != null && !stored.refreshToken().equals(current.refreshToken())) {
					// Newer tokens were stored since this refresh read them: by a reconnect, an older instance, or a
					// refresh whose lock was lost (its database connection died) while Intuit rotated the token.
					logger.info("Intuit refused a refresh token of connection {} that was replaced meanwhile; "
							+ "using the stored one", connectionId);
					if (usable(stored, staleToken)) {
						return Outcome.renewed(stored.accessToken());
					}
					if (attempt < MAX_ATTEMPTS) {
						current = stored;
						continue;
					}
				}
				return rejected(connectionId, current, cause);
			}
			catch (RuntimeException ex) {
				throw new TokenRefreshFailed(connectionId, ex);
			}
			Tokens renewed = IntuitTokenResponses.tokens(response, current.refreshToken(), now);
			String refreshedWith = current.refreshToken();
			boolean replaced = Boolean.TRUE.equals(this.ownTransactions
				.execute((tx) -> this.store.replaceIfUnchanged(connectionId, refreshedWith, renewed)));
			refreshing.stored = renewed.accessToken();
			this.refreshed.increment();
			if (replaced) {
				logger.debug("Refreshed the tokens of connection {}; the access token expires {}", connectionId,
						renewed.accessTokenExpiresAt());
			}
			else {
				logger.info("Refreshed the tokens of connection {}, but newer ones were stored meanwhile (a "
						+ "reconnect); those are kept", connectionId);
			}
			return Outcome.renewed(renewed.accessToken());
		}
	}

	private OAuth2AccessTokenResponse callIntuit(UUID connectionId, Tokens current) {
		AtomicInteger inFlight = this.refreshesInFlight.computeIfAbsent(connectionId, (id) -> new AtomicInteger());
		this.maxConcurrentRefreshes.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
		try {
			return this.refreshClient.getTokenResponse(new OAuth2RefreshTokenGrantRequest(this.registration,
					new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, current.accessToken(), null, null,
							Set.of()),
					new OAuth2RefreshToken(current.refreshToken(), null)));
		}
		finally {
			inFlight.decrementAndGet();
		}
	}

	/**
	 * Intuit refused the refresh token (expired or revoked): the tokens are deleted and the connection needs a
	 * reconnect, in the lock's transaction, unless newer tokens were stored in the meantime.
	 */
	private Outcome rejected(UUID connectionId, Tokens refused, @Nullable EventMetadata cause) {
		Tokens stored = this.store.deleteIfUnchanged(connectionId, refused.refreshToken()).orElse(null);
		if (stored != null) {
			logger.info("Newer tokens of connection {} were stored while Intuit refused the old ones", connectionId);
			if (stored.accessTokenValidAfter(this.clock.instant(), this.properties.refreshSkew())) {
				return Outcome.renewed(stored.accessToken());
			}
			throw new TokenRefreshFailed(connectionId,
					new IllegalStateException("newer tokens were stored during the refresh; it is tried again"));
		}
		this.rejected.increment();
		logger.warn("Intuit refused to refresh the tokens of connection {} (invalid_grant)", connectionId);
		this.connections.changeStatusInTransaction(connectionId, ConnectionStatus.NEEDS_RECONNECT,
				"The refresh token expired or was revoked", cause);
		return Outcome.expired("the refresh token expired or was revoked (invalid_grant)");
	}

	/** Whether stored tokens can be handed out instead of refreshing: not the rejected token, and not expiring. */
	private boolean usable(Tokens stored, String staleToken) {
		return !stored.accessToken().equals(staleToken)
				&& stored.accessTokenValidAfter(this.clock.instant(), this.properties.refreshSkew());
	}

	/**
	 * Whether a refresh marked the connection {@code REFRESHING}, when it started calling Intuit, and the access
	 * token it stored, if it got that far.
	 */
	private static final class Refreshing {

		private boolean marked;

		private Instant startedAt = Instant.EPOCH;

		private @Nullable String stored;

	}

	/**
	 * What a refresh under lock came to.
	 *
	 * @param accessToken the token to use, {@code null} when the connection must be reconnected
	 * @param reason why not, when there is no token
	 */
	private record Outcome(@Nullable String accessToken, String reason) {

		static Outcome renewed(String accessToken) {
			return new Outcome(accessToken, "");
		}

		static Outcome expired(String reason) {
			return new Outcome(null, reason);
		}

		@Override
		public String toString() {
			return "Outcome[" + ((this.accessToken != null) ? "renewed" : this.reason) + "]";
		}

	}

}
