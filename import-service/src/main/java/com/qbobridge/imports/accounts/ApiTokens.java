package com.qbobridge.imports.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.qbobridge.rules.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * Personal API tokens, the credential of scripts (GH-15): created on the Settings page and shown once, kept only as
 * their SHA-256, revocable. A request authenticated by one needs no CSRF token, since no browser sends it by itself.
 */
@Component
public class ApiTokens {

	/** How exactly a token's last use is kept. */
	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	/** Every token starts with it, so that a leaked one is easy to recognise (secret scanners). */
	public static final String PREFIX = "qbo_pat_";

	private static final Pattern TOKEN = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");

	private static final int MAX_PER_USER = 20;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates a token for the signed-in user.
	 * @param caller the user, must not be null
	 * @param name what the user calls it, 1 to 100 characters
	 * @return the token, whose value is never shown again
	 */
	public CreatedToken create(Caller caller, String name) {
		String label = name.strip();
		Assert.isTrue(!label.isEmpty() && label.length() <= 100, "name must have 1 to 100 characters");
		// No line breaks, zero-width or text-direction characters that could disguise a name on the page (GH-15).
		Assert.isTrue(Texts.forbidden(label) == Texts.Forbidden.NONE, "name must hold visible characters only");
		Assert.isTrue(active(caller).size() < MAX_PER_USER, "at most " + MAX_PER_USER + " tokens per user");
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into api_tokens (token_id, username, name, token_hash, created_at) values (?, ?, ?, ?, ?)")
			.params(id, caller.username(), label, hash(token), Timestamp.from(this.clock.instant()))
			.update();
		return new CreatedToken(id, label, token);
	}

	/**
	 * The user's tokens that are not revoked, newest first; never their values.
	 * @param caller the user
	 * @return the tokens
	 */
	public List<TokenView> active(Caller caller) {
		return this.jdbc
			.sql("select token_id, name, created_at, last_used_at from api_tokens where username = ? "
					+ "and revoked_at is null order by created_at desc")
			.param(caller.username())
			.query((rs, row) -> new TokenView(rs.getObject("token_id", UUID.class), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at"))))
			.list();
	}

	/**
	 * Revokes one of the user's tokens.
	 * @param caller the user
	 * @param tokenId the token
	 * @return whether the user had such an active token
	 */
	public boolean revoke(Caller caller, UUID tokenId) {
		return this.jdbc
			.sql("update api_tokens set revoked_at = ? where token_id = ? and username = ? and revoked_at is null")
			.params(Timestamp.from(this.clock.instant()), tokenId, caller.username())
			.update() == 1;
	}

	/**
	 * The user an active token belongs to.
	 * @param token the presented token
	 * @return the user name, empty for an unknown, malformed or revoked token
	 */
	Optional<String> userOf(String token) {
		if (!TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		// The last use is kept to the minute (the settings page shows minutes): a script polling an import many times
		// a second then reads the token's row instead of writing it with every request.
		return this.jdbc.sql("""
				with token as (
				  select token_id, username, last_used_at from api_tokens where token_hash = :hash and revoked_at is null),
				touched as (
				  update api_tokens t set last_used_at = :now from token
				  where t.token_id = token.token_id and (token.last_used_at is null or token.last_used_at < :stale))
				select username from token""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(now.minus(LAST_USE_PRECISION)))
			.query(String.class)
			.optional();
	}

	/**
	 * Whether a header value looks like a personal API token, before it is checked.
	 * @param token the value after {@code Bearer }
	 * @return true if it has the token's prefix
	 */
	static boolean looksLikeToken(String token) {
		return token.startsWith(PREFIX);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A token just created.
	 *
	 * @param id its id
	 * @param name its name
	 * @param value the token, to show once
	 */
	public record CreatedToken(UUID id, String name, String value) {

		@Override
		public String toString() {
			return "CreatedToken[id=" + this.id + ", name=" + this.name + "]";
		}

	}

	/**
	 * A token as the Settings page lists it.
	 *
	 * @param id its id
	 * @param name its name
	 * @param createdAt when it was created
	 * @param lastUsedAt when it last authenticated a request
	 */
	public record TokenView(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {

	}

}
