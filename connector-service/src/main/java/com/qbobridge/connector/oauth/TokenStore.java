package com.qbobridge.connector.oauth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * Keeps each connection's tokens in PostgreSQL, encrypted with {@link TokenCipher}; plain tokens exist only in
 * memory. {@link #lock} takes the row lock that serialises refreshes of one connection across threads and instances.
 */
public class TokenStore {

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
	 * Reads a connection's tokens and locks them until the current transaction ends; must run in a transaction.
	 * @param connectionId the connection
	 * @return its tokens, if it has any
	 */
	Optional<Tokens> lock(UUID connectionId) {
		return select(connectionId, " for update");
	}

	/**
	 * Stores a connection's tokens, replacing any it had.
	 * @param connectionId the connection, must exist
	 * @param tokens the tokens, must not be null
	 * @param refreshed whether they came from a refresh (counted) rather than a new connect
	 */
	public void save(UUID connectionId, Tokens tokens, boolean refreshed) {
		Assert.notNull(tokens, "tokens must not be null");
		this.jdbc.sql("""
				insert into connection_tokens (connection_id, key_id, access_token, access_token_expires_at,
				    refresh_token, refresh_token_expires_at, refreshed_at, refresh_count)
				values (:id, :key, :access, :accessExpires, :refresh, :refreshExpires, :now, 0)
				on conflict (connection_id) do update set key_id = excluded.key_id,
				    access_token = excluded.access_token, access_token_expires_at = excluded.access_token_expires_at,
				    refresh_token = excluded.refresh_token,
				    refresh_token_expires_at = excluded.refresh_token_expires_at, refreshed_at = excluded.refreshed_at,
				    refresh_count = connection_tokens.refresh_count + :increment
				""")
			.param("id", connectionId)
			.param("key", this.cipher.currentKeyId())
			.param("access", this.cipher.encrypt(tokens.accessToken(), context(connectionId, "access")))
			.param("accessExpires", Timestamp.from(tokens.accessTokenExpiresAt()))
			.param("refresh", this.cipher.encrypt(tokens.refreshToken(), context(connectionId, "refresh")))
			.param("refreshExpires", timestamp(tokens.refreshTokenExpiresAt()))
			.param("now", Timestamp.from(Instant.now()))
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

	private Optional<Tokens> select(UUID connectionId, String suffix) {
		return this.jdbc.sql("select key_id, access_token, access_token_expires_at, refresh_token, "
				+ "refresh_token_expires_at from connection_tokens where connection_id = ?" + suffix)
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
				(refreshExpires != null) ? refreshExpires.toInstant() : null);
	}

	/** Binds a ciphertext to its row and field. */
	static String context(UUID connectionId, String field) {
		return connectionId + "/" + field;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
