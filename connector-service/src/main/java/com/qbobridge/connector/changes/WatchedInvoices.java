package com.qbobridge.connector.changes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.qbobridge.connector.changes.WatchedInvoice.State;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
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
	 * Starts watching an invoice for its case; a repeated call changes nothing. Change data capture for a newly
	 * watching connection starts from its first invoice's {@code watched_since} ({@link ChangeCheckpoints#claim}).
	 * @return whether the invoice was new
	 */
	boolean watch(WatchedInvoice invoice, Instant now) {
		int added = this.jdbc.sql("insert into watched_invoices (" + COLUMNS + ", watched_since) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(invoice.connectionId(), invoice.invoiceId(), invoice.realmId(), invoice.caseId(),
					invoice.syncToken(), timestamp(invoice.lastUpdated()), invoice.balance(), invoice.total(),
					invoice.state().name(), Timestamp.from(now))
			.update();
		return added == 1;
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
