package com.qbobridge.connector.oauth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * Keeps each connection's tokens in PostgreSQL, encrypted with {@link TokenCipher}; plain tokens exist only in
 * memory. {@link #lockForRefresh} takes the lock that serialises refreshes of one connection across threads and
 * instances without blocking the short transaction that stores the refreshed tokens ({@link #replaceIfUnchanged}).
 */
public class TokenStore {

	/** The namespace of the per-connection refresh locks (two-int advisory locks; the outbox uses its own). */
	static final int REFRESH_LOCKS = 0x746f_6b6e;

	private static final String COLUMNS = "key_id = :key, access_token = :access, "
			+ "access_token_expires_at = :accessExpires, refresh_token = :refresh, "
			+ "refresh_token_expires_at = :refreshExpires, refreshed_at = :now, "
			+ "refresh_token_hard_expires_at = coalesce(:hardExpires, refresh_token_hard_expires_at)";

	private final JdbcClient jdbc;

	private final TokenCipher cipher;

	public TokenStore(JdbcClient jdbc, TokenCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Reads a connection's tokens without locking.
	 * @param connectionId the connection
	 * @return its tokens, if it has any
	 */
	public Optional<Tokens> find(UUID connectionId) {
		return select(connectionId, "");
	}

	/**
	 * Takes the connection's refresh lock until the current transaction ends, then reads its tokens; must run in a
	 * transaction. The lock is a transaction-scoped advisory lock, released however the transaction ends (also when
	 * its connection dies), plus a {@code for key share} row lock that keeps an older instance's
	 * {@code for update} refresh out during a rolling deployment. Neither blocks another transaction that updates
	 * the tokens, so that refreshed tokens can be stored at once in a transaction of their own.
	 * @param connectionId the connection
	 * @return its tokens, if it has any
	 */
	Optional<Tokens> lockForRefresh(UUID connectionId) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params(REFRESH_LOCKS, connectionId.toString())
			.query()
			.listOfRows();
		return select(connectionId, " for key share");
	}

	/**
	 * Stores refreshed tokens unless the stored ones changed since the refresh read them (say a reconnect stored a
	 * new grant's tokens meanwhile), in the caller's transaction; the refresh count goes up by one.
	 * @param connectionId the connection
	 * @param refreshedWith the refresh token the refresh was made with
	 * @param renewed the tokens Intuit answered with
	 * @return {@code true} when they were stored, {@code false} when the stored tokens had changed or were deleted
	 */
	boolean replaceIfUnchanged(UUID connectionId, String refreshedWith, Tokens renewed) {
		Optional<Tokens> stored = select(connectionId, " for no key update");
		if (stored.isEmpty() || !stored.get().refreshToken().equals(refreshedWith)) {
			return false;
		}
		return bind(this.jdbc.sql("update connection_tokens set " + COLUMNS
				+ ", refresh_count = refresh_count + 1 where connection_id = :id"), connectionId, renewed)
			.update() == 1;
	}

	/**
	 * Deletes a connection's tokens unless they changed since a refresh read them, in the caller's transaction,
	 * holding the row until it ends.
	 * @param connectionId the connection
	 * @param refreshedWith the refresh token Intuit refused
	 * @return the tokens stored meanwhile, which were kept, or empty when the refused ones were deleted (or none
	 * were stored)
	 */
	Optional<Tokens> deleteIfUnchanged(UUID connectionId, String refreshedWith) {
		Optional<Tokens> stored = select(connectionId, " for update");
		if (stored.isPresent() && !stored.get().refreshToken().equals(refreshedWith)) {
			return stored;
		}
		delete(connectionId);
		return Optional.empty();
	}

	/**
	 * Stores a connection's tokens, replacing any it had.
	 * @param connectionId the connection, must exist
	 * @param tokens the tokens, must not be null
	 * @param refreshed whether they came from a refresh (counted) rather than a new connect
	 */
	public void save(UUID connectionId, Tokens tokens, boolean refreshed) {
		Assert.notNull(tokens, "tokens must not be null");
		bind(this.jdbc.sql("""
				insert into connection_tokens (connection_id, key_id, access_token, access_token_expires_at,
				    refresh_token, refresh_token_expires_at, refreshed_at, refresh_count, refresh_token_hard_expires_at)
				values (:id, :key, :access, :accessExpires, :refresh, :refreshExpires, :now, 0, :hardExpires)
				on conflict (connection_id) do update set key_id = excluded.key_id,
				    access_token = excluded.access_token, access_token_expires_at = excluded.access_token_expires_at,
				    refresh_token = excluded.refresh_token,
				    refresh_token_expires_at = excluded.refresh_token_expires_at, refreshed_at = excluded.refreshed_at,
				    refresh_count = connection_tokens.refresh_count + :increment,
				    refresh_token_hard_expires_at = coalesce(excluded.refresh_token_hard_expires_at,
				        connection_tokens.refresh_token_hard_expires_at)
				"""), connectionId, tokens)
			.param("increment", refreshed ? 1 : 0)
			.update();
	}

	/**
	 * Deletes a connection's tokens.
	 * @param connectionId the connection
	 */
	public void delete(UUID connectionId) {
		this.jdbc.sql("delete from connection_tokens where connection_id = ?").param(connectionId).update();
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UUID connectionId, Tokens tokens) {
		return statement.param("id", connectionId)
			.param("key", this.cipher.currentKeyId())
			.param("access", this.cipher.encrypt(tokens.accessToken(), context(connectionId, "access")))
			.param("accessExpires", Timestamp.from(tokens.accessTokenExpiresAt()))
			.param("refresh", this.cipher.encrypt(tokens.refreshToken(), context(connectionId, "refresh")))
			.param("refreshExpires", timestamp(tokens.refreshTokenExpiresAt()))
			.param("hardExpires", timestamp(tokens.refreshTokenHardExpiresAt()))
			.param("now", Timestamp.from(Instant.now()));
	}

	private Optional<Tokens> select(UUID connectionId, String suffix) {
		return this.jdbc.sql("select key_id, access_token, access_token_expires_at, refresh_token, "
				+ "refresh_token_expires_at, refresh_token_hard_expires_at from connection_tokens where connection_id = ?"
				+ suffix)
			.param(connectionId)
			.query((rs, row) -> map(connectionId, rs))
			.optional();
	}

	private Tokens map(UUID connectionId, ResultSet rs) throws SQLException {
		String keyId = rs.getString("key_id");
		Timestamp refreshExpires = rs.getTimestamp("refresh_token_expires_at");
		return new Tokens(this.cipher.decrypt(rs.getBytes("access_token"), keyId, context(connectionId, "access")),
				rs.getTimestamp("access_token_expires_at").toInstant(),
				this.cipher.decrypt(rs.getBytes("refresh_token"), keyId, context(connectionId, "refresh")),
				(refreshExpires != null) ? refreshExpires.toInstant() : null,
				instant(rs.getTimestamp("refresh_token_hard_expires_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * How long a connection's grant lives, without any token.
	 * @param connectionId the connection
	 * @return its lifetime, empty when it has no tokens
	 */
	public Optional<TokenLifetime> lifetime(UUID connectionId) {
		return this.jdbc.sql("select refreshed_at, refresh_token_expires_at, refresh_token_hard_expires_at "
				+ "from connection_tokens where connection_id = ?")
			.param(connectionId)
			.query((rs, row) -> new TokenLifetime(rs.getTimestamp("refreshed_at").toInstant(),
					instant(rs.getTimestamp("refresh_token_expires_at")),
					instant(rs.getTimestamp("refresh_token_hard_expires_at"))))
			.optional();
	}

	/**
	 * The connections of the given statuses whose tokens were last refreshed before a moment.
	 * @param before the moment
	 * @param statuses connection statuses to include
	 * @param limit at most this many, least recently refreshed first
	 * @return their ids
	 */
	public List<UUID> refreshedBefore(Instant before, List<String> statuses, int limit) {
		return this.jdbc.sql("select t.connection_id from connection_tokens t join connections c on c.id = "
				+ "t.connection_id where t.refreshed_at < :before and c.status in (:statuses) "
				+ "order by t.refreshed_at limit :limit")
			.param("before", Timestamp.from(before))
			.param("statuses", statuses)
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** Binds a ciphertext to its row and field. */
	static String context(UUID connectionId, String field) {
		return connectionId + "/" + field;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
