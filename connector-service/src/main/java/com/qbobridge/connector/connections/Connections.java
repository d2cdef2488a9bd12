package com.qbobridge.connector.connections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.schemas.connector.ConnectionStatus;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored connections; one row per account and realm.
 */
@Repository
public class Connections {

	private static final String COLUMNS = "id, account_id, realm_id, company_name, country, home_currency, "
			+ "multi_currency_enabled, status, status_reason, connected_at, updated_at";

	private final JdbcClient jdbc;

	Connections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Finds a connection by id.
	 * @param id the connection id
	 * @return the connection, if it exists
	 */
	public Optional<Connection> findById(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from connections where id = ?")
			.param(id)
			.query(Connections::map)
			.optional();
	}

	/**
	 * The connections of an account, oldest first.
	 * @param accountId the account
	 * @return its connections, disconnected ones included
	 */
	public List<Connection> findByAccount(String accountId) {
		return this.jdbc.sql("select " + COLUMNS + " from connections where account_id = ? order by connected_at, id")
			.param(accountId)
			.query(Connections::map)
			.list();
	}

	/**
	 * Creates the connection of an account to a realm, or updates the existing one: connecting the same company
	 * again never duplicates it.
	 * @param accountId the account
	 * @param company what was read about the company
	 * @return the previous status ({@code null} when the connection is new) and the connection as stored now
	 */
	Upserted upsertActive(String accountId, CompanySnapshot company) {
		Optional<Connection> existing = this.jdbc
			.sql("select " + COLUMNS + " from connections where account_id = ? and realm_id = ? for update")
			.params(accountId, company.realmId())
			.query(Connections::map)
			.optional();
		Instant now = Instant.now();
		UUID id = existing.map(Connection::id).orElseGet(UUID::randomUUID);
		this.jdbc.sql("""
				insert into connections (id, account_id, realm_id, company_name, country, home_currency,
				    multi_currency_enabled, status, status_reason, connected_at, updated_at)
				values (:id, :account, :realm, :name, :country, :currency, :multi, :status, null, :now, :now)
				on conflict (account_id, realm_id) do update set company_name = excluded.company_name,
				    country = excluded.country, home_currency = excluded.home_currency,
				    multi_currency_enabled = excluded.multi_currency_enabled, status = excluded.status,
				    status_reason = null, updated_at = excluded.updated_at
				""")
			.param("id", id)
			.param("account", accountId)
			.param("realm", company.realmId())
			.param("name", company.companyName())
			.param("country", company.country())
			.param("currency", company.homeCurrency())
			.param("multi", company.multiCurrencyEnabled())
			.param("status", ConnectionStatus.ACTIVE.name())
			.param("now", Timestamp.from(now))
			.update();
		return new Upserted(existing.map(Connection::status).orElse(null), findById(id).orElseThrow());
	}

	/**
	 * Changes a connection's status unless it already has it.
	 * @param id the connection
	 * @param status the new status
	 * @param reason why, in words
	 * @return the status before, empty when nothing changed
	 */
	Optional<ConnectionStatus> changeStatus(UUID id, ConnectionStatus status, @Nullable String reason) {
		Optional<ConnectionStatus> previous = this.jdbc
			.sql("select status from connections where id = ? for update")
			.param(id)
			.query((rs, row) -> ConnectionStatus.valueOf(rs.getString(1)))
			.optional();
		if (previous.isEmpty() || previous.get() == status) {
			return Optional.empty();
		}
		this.jdbc.sql("update connections set status = ?, status_reason = ?, updated_at = ? where id = ?")
			.params(status.name(), reason, Timestamp.from(Instant.now()), id)
			.update();
		return previous;
	}

	/**
	 * Marks an active connection as refreshing its tokens, unless someone else holds its row right now (then the
	 * mark is skipped rather than waited for: the caller holds the token lock, and waiting could deadlock with a
	 * reconnect that holds this row and waits for the tokens).
	 * @param id the connection
	 * @return whether it is now {@code REFRESHING}
	 */
	boolean markRefreshing(UUID id) {
		return this.jdbc.sql("""
				update connections set status = 'REFRESHING', updated_at = ?
				where id = (select id from connections where id = ? and status = 'ACTIVE' for update skip locked)
				""")
			.params(Timestamp.from(Instant.now()), id)
			.update() > 0;
	}

	/**
	 * Turns a refreshing connection back to {@code ACTIVE}; a connection whose status changed meanwhile (say to
	 * {@code NEEDS_RECONNECT}) keeps it.
	 * @param id the connection
	 * @param reason why, in words
	 * @return whether it was {@code REFRESHING} and is {@code ACTIVE} now
	 */
	boolean endRefreshing(UUID id, String reason) {
		return this.jdbc
			.sql("update connections set status = 'ACTIVE', status_reason = ?, updated_at = ? "
					+ "where id = ? and status = 'REFRESHING'")
			.params(reason, Timestamp.from(Instant.now()), id)
			.update() > 0;
	}

	private static Connection map(ResultSet rs, int row) throws SQLException {
		CompanySnapshot company = new CompanySnapshot(rs.getString("realm_id"), orEmpty(rs.getString("company_name")),
				rs.getString("country"), orEmpty(rs.getString("home_currency")),
				rs.getBoolean("multi_currency_enabled"));
		return new Connection(rs.getObject("id", UUID.class), rs.getString("account_id"), company,
				ConnectionStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
				rs.getTimestamp("connected_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/**
	 * The outcome of {@link #upsertActive}.
	 *
	 * @param previousStatus the status before, {@code null} for a new connection
	 * @param connection the connection as stored now
	 */
	record Upserted(@Nullable ConnectionStatus previousStatus, Connection connection) {
	}

}
