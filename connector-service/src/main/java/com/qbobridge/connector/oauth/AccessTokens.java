package com.qbobridge.connector.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out a valid access token per connection, refreshing it proactively shortly before it expires and reactively
 * when QuickBooks rejects it. A refresh holds the connection's token row lock from reading the refresh token until
 * the new tokens are committed, so two imports never refresh at once and never lose a rotated refresh token; the new
 * refresh token is stored before the new access token is handed out. The connection shows {@code REFRESHING} while
 * Intuit is asked; an {@code invalid_grant} turns it to {@code NEEDS_RECONNECT}.
 */
public class AccessTokens {

	private static final Logger logger = LoggerFactory.getLogger(AccessTokens.class);

	private final TokenStore store;

	private final OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshClient;

	private final ClientRegistration registration;

	private final ConnectionManagement connections;

	private final TransactionTemplate transactions;

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
			if (refreshing.marked) {
				this.connections.finishRefreshing(connectionId,
						"Refreshing the access token failed; it is tried again on next use", true, cause);
			}
			throw ex;
		}
		if (outcome == null || outcome.accessToken() == null) {
			throw new TokenExpired(connectionId, (outcome != null) ? outcome.reason() : "no tokens are stored");
		}
		if (refreshing.marked) {
			// After commit: the new tokens are stored before the connection shows ACTIVE again.
			Duration took = Duration.between(refreshing.startedAt, this.clock.instant());
			boolean slow = took.compareTo(this.properties.refreshEventAfter()) >= 0;
			this.connections.finishRefreshing(connectionId,
					slow ? "Access token refreshed after " + took.toMillis() + " ms" : "Access token refreshed", slow,
					cause);
		}
		return outcome.accessToken();
	}

	private Outcome refreshLocked(UUID connectionId, String staleToken, @Nullable EventMetadata cause,
			Refreshing refreshing) {
		Tokens current = this.store.lock(connectionId).orElse(null);
		if (current == null) {
			return Outcome.expired("no tokens are stored");
		}
		Instant now = this.clock.instant();
		if (!current.accessToken().equals(staleToken)
				&& current.accessTokenValidAfter(now, this.properties.refreshSkew())) {
			return Outcome.renewed(current.accessToken());
		}
		OAuth2AccessTokenResponse response;
		refreshing.marked = this.connections.startRefreshing(connectionId);
		refreshing.startedAt = this.clock.instant();
		AtomicInteger inFlight = this.refreshesInFlight.computeIfAbsent(connectionId, (id) -> new AtomicInteger());
		this.maxConcurrentRefreshes.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
		try {
			response = this.refreshClient.getTokenResponse(new OAuth2RefreshTokenGrantRequest(this.registration,
					new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, current.accessToken(), null, null,
							Set.of()),
					new OAuth2RefreshToken(current.refreshToken(), null)));
		}
		catch (OAuth2AuthorizationException ex) {
			if (OAuth2ErrorCodes.INVALID_GRANT.equals(ex.getError().getErrorCode())) {
				this.rejected.increment();
				logger.warn("Intuit refused to refresh the tokens of connection {} (invalid_grant)", connectionId);
				this.store.delete(connectionId);
				this.connections.changeStatusInTransaction(connectionId, ConnectionStatus.NEEDS_RECONNECT,
						"The refresh token expired or was revoked", cause);
				return Outcome.expired("the refresh token expired or was revoked (invalid_grant)");
			}
			throw new TokenRefreshFailed(connectionId, ex);
		}
		catch (RuntimeException ex) {
			throw new TokenRefreshFailed(connectionId, ex);
		}
		finally {
			inFlight.decrementAndGet();
		}
		Tokens renewed = IntuitTokenResponses.tokens(response, current.refreshToken(), now);
		this.store.save(connectionId, renewed, true);
		this.refreshed.increment();
		logger.debug("Refreshed the tokens of connection {}; the access token expires {}", connectionId,
				renewed.accessTokenExpiresAt());
		return Outcome.renewed(renewed.accessToken());
	}

	/** Whether a refresh marked the connection {@code REFRESHING}, and when it started calling Intuit. */
	private static final class Refreshing {

		private boolean marked;

		private Instant startedAt = Instant.EPOCH;

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
