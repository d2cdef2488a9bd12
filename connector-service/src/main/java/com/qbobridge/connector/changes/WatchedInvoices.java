package com.qbobridge.connector.changes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.qbobridge.connector.changes.WatchedInvoice.State;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The invoices behind cases, in the connector's database.
 */
@Repository
public class WatchedInvoices {

	private static final String COLUMNS = "connection_id, invoice_id, realm_id, case_id, sync_token, last_updated, "
			+ "balance, total, state";

	private final JdbcClient jdbc;

	WatchedInvoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts watching invoices for their cases, in one statement; a repeated one changes nothing. Change data capture
	 * for a newly watching connection starts from its first invoice's {@code watched_since}
	 * ({@link ChangeCheckpoints#claim}).
	 * @param invoices the invoices, of connections this connector knows ({@link #knownConnections})
	 * @param now when
	 * @return how many were new
	 */
	int watchAll(List<WatchedInvoice> invoices, Instant now) {
		if (invoices.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("insert into watched_invoices (" + COLUMNS + ", watched_since) "
				+ "select t.*, ? from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::bigint[], "
				+ "?::timestamptz[], ?::numeric[], ?::numeric[], ?::text[]) as t on conflict do nothing")
			.params(Timestamp.from(now), array("uuid", invoices, WatchedInvoice::connectionId),
					array("text", invoices, WatchedInvoice::invoiceId), array("text", invoices, WatchedInvoice::realmId),
					array("uuid", invoices, WatchedInvoice::caseId), array("bigint", invoices, WatchedInvoice::syncToken),
					array("timestamptz", invoices, (invoice) -> timestamp(invoice.lastUpdated())),
					array("numeric", invoices, WatchedInvoice::balance),
					array("numeric", invoices, WatchedInvoice::total),
					array("text", invoices, (invoice) -> invoice.state().name()))
			.update();
	}

	/**
	 * Which of some connections this connector knows.
	 * @param connectionIds the connections
	 * @return those it has
	 */
	Set<UUID> knownConnections(Collection<UUID> connectionIds) {
		if (connectionIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select id from connections where id = any (?)")
			.param(connectionIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	private static SqlArrayValue array(String type, List<WatchedInvoice> invoices,
			Function<WatchedInvoice, @Nullable Object> value) {
		return new SqlArrayValue(type, invoices.stream().map(value).toArray());
	}

	/** The open watched invoices of a realm among {@code invoiceIds}, for every connection that watches them. */
	List<WatchedInvoice> watchedIn(String realmId, Collection<String> invoiceIds) {
		if (invoiceIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from watched_invoices where realm_id = ? "
				+ "and invoice_id = any (?) and state <> 'DELETED' order by connection_id, invoice_id")
			.params(realmId, invoiceIds.toArray(String[]::new))
			.query(WatchedInvoices::read)
			.list();
	}

	/** Every invoice a connection still watches (not deleted), in id order. */
	List<WatchedInvoice> watchedBy(UUID connectionId) {
		return this.jdbc.sql("select " + COLUMNS + " from watched_invoices where connection_id = ? "
				+ "and state <> 'DELETED' order by invoice_id")
			.param(connectionId)
			.query(WatchedInvoices::read)
			.list();
	}

	/**
	 * Stores a new version, unless another instance stored a version since {@code seen} was read.
	 * @param seen the invoice as read
	 * @param next the invoice with the new version
	 * @return whether this call stored it (and so may announce it)
	 */
	boolean advance(WatchedInvoice seen, WatchedInvoice next) {
		return this.jdbc.sql("update watched_invoices set sync_token = ?, last_updated = ?, balance = ?, total = ?, "
				+ "state = ? where connection_id = ? and invoice_id = ? and sync_token is not distinct from ? "
				+ "and last_updated is not distinct from ? and state = ?")
			.params(next.syncToken(), timestamp(next.lastUpdated()), next.balance(), next.total(), next.state().name(),
					seen.connectionId(), seen.invoiceId(), seen.syncToken(), timestamp(seen.lastUpdated()),
					seen.state().name())
			.update() == 1;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static WatchedInvoice read(ResultSet rs, int row) throws SQLException {
		long token = rs.getLong("sync_token");
		Long syncToken = rs.wasNull() ? null : token;
		Timestamp updated = rs.getTimestamp("last_updated");
		BigDecimal balance = rs.getBigDecimal("balance");
		BigDecimal total = rs.getBigDecimal("total");
		return new WatchedInvoice(rs.getObject("connection_id", UUID.class), rs.getString("invoice_id"),
				rs.getString("realm_id"), rs.getObject("case_id", UUID.class), syncToken,
				(updated != null) ? updated.toInstant() : null, balance, total, State.valueOf(rs.getString("state")));
	}

}
