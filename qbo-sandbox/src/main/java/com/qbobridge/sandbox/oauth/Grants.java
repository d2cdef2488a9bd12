package com.qbobridge.sandbox.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.qbobridge.sandbox.faults.FaultSettings;
import com.qbobridge.sandbox.limits.RealmLimits;

/**
 * Authorization codes, connections (grants) and their tokens, with Intuit's rules: single-use codes whose reuse
 * revokes the grant, rolling refresh tokens capped by a hard expiry, rotation after an interval after which the old
 * value fails, and revocation of the whole grant.
 */
@Component
public class Grants {

	private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		.toCharArray();

	private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();

	private final Map<String, Grant> grants = new ConcurrentHashMap<>();

	private final Map<String, String> grantByRefreshToken = new ConcurrentHashMap<>();

	private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final TokenProperties properties;

	private final FaultSettings faults;

	private final RealmLimits limits;

	private final Clock clock;

	public Grants(TokenProperties properties, FaultSettings faults, RealmLimits limits, Clock clock) {
		this.properties = properties;
		this.faults = faults;
		this.limits = limits;
		this.clock = clock;
	}

	/** Issues a single-use authorization code after the user consented. */
	public String issueCode(String clientId, String redirectUri, String username, String realmId, String scope) {
		String code = "AB11" + this.clock.instant().getEpochSecond() + randomText(32);
		// Unused expired codes answer invalid_grant like unknown ones; used ones stay a day to catch a reuse.
		Instant now = this.clock.instant();
		this.codes.values()
			.removeIf((issued) -> issued.expiresAt()
				.plus((issued.exchangedFor != null) ? Duration.ofDays(1) : Duration.ZERO)
				.isBefore(now));
		this.codes.put(code, new AuthorizationCode(clientId, redirectUri, username, realmId, scope,
				this.clock.instant().plus(this.properties.authorizationCodeLifetime())));
		return code;
	}

	/** {@code grant_type=authorization_code}. */
	public synchronized TokenResponse exchangeCode(ClientApp client, String code, String redirectUri,
			boolean includeHardExpiry) {
		AuthorizationCode issued = this.codes.get(code);
		if (issued == null || !issued.clientId().equals(client.clientId())) {
			throw new InvalidGrant("unknown authorization code");
		}
		if (issued.exchangedFor != null) {
			// RFC 6749 10.5: a reused code revokes what it was exchanged for.
			revokeGrant(issued.exchangedFor);
			throw new InvalidGrant("authorization code already used");
		}
		Instant now = this.clock.instant();
		if (!now.isBefore(issued.expiresAt())) {
			this.codes.remove(code);
			throw new InvalidGrant("authorization code expired");
		}
		if (!issued.redirectUri().equals(redirectUri)) {
			throw new InvalidGrant("redirect_uri does not match the authorization request");
		}
		Grant grant = new Grant(randomText(16), client.clientId(), issued.realmId(), issued.username(),
				scopes(issued.scope()), now, now.plus(this.properties.refreshTokenHardLifetime()));
		this.grants.put(grant.id, grant);
		issued.exchangedFor = grant.id;
		newRefreshToken(grant, now);
		return respond(grant, issueAccessToken(grant, now), now, includeHardExpiry);
	}

	/** {@code grant_type=refresh_token}. */
	public synchronized TokenResponse refresh(ClientApp client, String refreshToken, boolean includeHardExpiry) {
		String grantId = this.grantByRefreshToken.get(refreshToken);
		Grant grant = (grantId != null) ? this.grants.get(grantId) : null;
		if (grant == null || !grant.clientId.equals(client.clientId())) {
			throw new InvalidGrant("unknown or rotated refresh token");
		}
		Instant now = this.clock.instant();
		if (grant.revoked || grant.refreshRevoked) {
			throw new InvalidGrant("refresh token revoked");
		}
		if (!now.isBefore(grant.refreshExpiresAt)) {
			throw new InvalidGrant("refresh token expired");
		}
		Duration sinceIssued = Duration.between(grant.refreshIssuedAt, now);
		if (sinceIssued.compareTo(this.properties.refreshTokenRotationInterval()) >= 0) {
			this.grantByRefreshToken.remove(grant.refreshToken);
			newRefreshToken(grant, now);
		}
		this.limits.tokenRefreshed(grant.realmId);
		return respond(grant, issueAccessToken(grant, now), now, includeHardExpiry);
	}

	/** Revokes the grant an access or refresh token belongs to; unknown tokens are ignored (RFC 7009). */
	public synchronized void revoke(ClientApp client, String token) {
		String grantId = this.grantByRefreshToken.get(token);
		if (grantId == null) {
			AccessToken access = this.accessTokens.get(token);
			grantId = (access != null) ? access.grantId() : null;
		}
		Grant grant = (grantId != null) ? this.grants.get(grantId) : null;
		if (grant != null && grant.clientId.equals(client.clientId())) {
			revokeGrant(grant.id);
		}
	}

	/** Makes the next refresh of every grant of the realm fail, as when the user disconnects the app in QuickBooks. */
	public synchronized int revokeRefreshTokens(String realmId) {
		int count = 0;
		for (Grant grant : this.grants.values()) {
			if (grant.realmId.equals(realmId) && !grant.revoked) {
				grant.refreshRevoked = true;
				count++;
			}
		}
		return count;
	}

	/** Checks a bearer access token on an API call. */
	public AccessCheck checkAccessToken(@Nullable String token) {
		AccessToken access = (token != null) ? this.accessTokens.get(token) : null;
		if (access == null) {
			return new AccessCheck(AccessCheck.Status.UNKNOWN, null, Set.of());
		}
		Grant grant = this.grants.get(access.grantId());
		if (grant == null || grant.revoked) {
			return new AccessCheck(AccessCheck.Status.REVOKED, access.realmId(), Set.of());
		}
		if (!this.clock.instant().isBefore(access.expiresAt())) {
			return new AccessCheck(AccessCheck.Status.EXPIRED, access.realmId(), grant.scopes);
		}
		return new AccessCheck(AccessCheck.Status.VALID, access.realmId(), grant.scopes);
	}

	private void revokeGrant(String grantId) {
		Grant grant = this.grants.get(grantId);
		if (grant == null) {
			return;
		}
		grant.revoked = true;
		this.grantByRefreshToken.remove(grant.refreshToken);
		grant.accessTokens.forEach(this.accessTokens::remove);
		grant.accessTokens.clear();
	}

	private void newRefreshToken(Grant grant, Instant now) {
		Instant rolling = now.plus(this.properties.refreshTokenLifetime());
		grant.refreshToken = "AB11" + rolling.getEpochSecond() + randomText(36);
		grant.refreshIssuedAt = now;
		grant.refreshExpiresAt = rolling.isBefore(grant.hardExpiresAt) ? rolling : grant.hardExpiresAt;
		this.grantByRefreshToken.put(grant.refreshToken, grant.id);
	}

	private AccessToken issueAccessToken(Grant grant, Instant now) {
		Integer realmLifetime = this.faults.of(grant.realmId).accessTokenLifetimeSeconds();
		Duration lifetime = (realmLifetime != null) ? Duration.ofSeconds(realmLifetime)
				: this.properties.accessTokenLifetime();
		byte[] bytes = new byte[96];
		this.random.nextBytes(bytes);
		String value = "eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0.."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		AccessToken token = new AccessToken(value, grant.id, grant.realmId, now.plus(lifetime), lifetime.toSeconds());
		this.accessTokens.put(value, token);
		grant.accessTokens.add(value);
		forgetExpiredAccessTokens(grant, now);
		return token;
	}

	private void forgetExpiredAccessTokens(Grant grant, Instant now) {
		List<String> expired = new ArrayList<>();
		for (String value : grant.accessTokens) {
			AccessToken token = this.accessTokens.get(value);
			// Keep expired tokens for a while so a client sees "expired" rather than "unknown".
			if (token == null || now.isAfter(token.expiresAt().plus(Duration.ofDays(1)))) {
				expired.add(value);
			}
		}
		expired.forEach((value) -> {
			grant.accessTokens.remove(value);
			this.accessTokens.remove(value);
		});
	}

	private TokenResponse respond(Grant grant, AccessToken access, Instant now, boolean includeHardExpiry) {
		long refreshExpiresIn = Math.max(0, Duration.between(now, grant.refreshExpiresAt).toSeconds());
		Long hardExpiresIn = includeHardExpiry ? Math.max(0, Duration.between(now, grant.hardExpiresAt).toSeconds())
				: null;
		return new TokenResponse("bearer", access.value(), access.lifetimeSeconds(), grant.refreshToken,
				refreshExpiresIn, hardExpiresIn);
	}

	private String randomText(int length) {
		char[] text = new char[length];
		for (int i = 0; i < length; i++) {
			text[i] = ALPHANUMERIC[this.random.nextInt(ALPHANUMERIC.length)];
		}
		return new String(text);
	}

	private static Set<String> scopes(String scope) {
		return Set.copyOf(new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+"))));
	}

	/** An authorization code; {@code exchangedFor} remembers the grant so a reuse can revoke it. */
	private static final class AuthorizationCode {

		private final String clientId;

		private final String redirectUri;

		private final String username;

		private final String realmId;

		private final String scope;

		private final Instant expiresAt;

		private @Nullable String exchangedFor;

		AuthorizationCode(String clientId, String redirectUri, String username, String realmId, String scope,
				Instant expiresAt) {
			this.clientId = clientId;
			this.redirectUri = redirectUri;
			this.username = username;
			this.realmId = realmId;
			this.scope = scope;
			this.expiresAt = expiresAt;
		}

		String clientId() {
			return this.clientId;
		}

		String redirectUri() {
			return this.redirectUri;
		}

		String username() {
			return this.username;
		}

		String realmId() {
			return this.realmId;
		}

		String scope() {
			return this.scope;
		}

		Instant expiresAt() {
			return this.expiresAt;
		}

	}

	/** One issued access token. */
	private record AccessToken(String value, String grantId, String realmId, Instant expiresAt,
			long lifetimeSeconds) {

	}

	/** One connection of an app to a company; mutated only under the {@link Grants} lock. */
	private static final class Grant {

		private final String id;

		private final String clientId;

		private final String realmId;

		private final String username;

		private final Set<String> scopes;

		private final Instant createdAt;

		private final Instant hardExpiresAt;

		private final Set<String> accessTokens = new HashSet<>();

		private String refreshToken = "";

		private Instant refreshIssuedAt;

		private Instant refreshExpiresAt;

		private volatile boolean revoked;

		private boolean refreshRevoked;

		Grant(String id, String clientId, String realmId, String username, Set<String> scopes, Instant createdAt,
				Instant hardExpiresAt) {
			this.id = id;
			this.clientId = clientId;
			this.realmId = realmId;
			this.username = username;
			this.scopes = scopes;
			this.createdAt = createdAt;
			this.hardExpiresAt = hardExpiresAt;
			this.refreshIssuedAt = createdAt;
			this.refreshExpiresAt = createdAt;
		}

		@Override
		public String toString() {
			return "Grant[id=" + this.id + ", clientId=" + this.clientId + ", realmId=" + this.realmId + ", username="
					+ this.username + ", createdAt=" + this.createdAt + "]";
		}

	}

}
