package com.qbobridge.connector.changes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Webhook notices accepted and waiting to be processed: the webhook answers once they are stored, and
 * {@link ChangeWorker} reads QuickBooks for them afterwards.
 */
@Repository
public class ChangeNotices {

	private final JdbcClient jdbc;

	ChangeNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the notices among {@code notices} that concern a watched invoice, in one statement; the others are dropped. */
	public int accept(List<ChangeNotice> notices, Instant receivedAt) {
		if (notices.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("insert into invoice_change_notices (realm_id, invoice_id, operation, last_updated, "
				+ "received_at) select n.realm_id, n.invoice_id, n.operation, n.last_updated, ? "
				+ "from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[]) "
				+ "as n (realm_id, invoice_id, operation, last_updated) where exists (select 1 from watched_invoices w "
				+ "where w.realm_id = n.realm_id and w.invoice_id = n.invoice_id and w.state <> 'DELETED')")
			.params(Timestamp.from(receivedAt), notices.stream().map(ChangeNotice::realmId).toArray(String[]::new),
					notices.stream().map(ChangeNotice::invoiceId).toArray(String[]::new),
					notices.stream().map(ChangeNotice::operation).toArray(String[]::new),
					notices.stream().map((notice) -> timestamp(notice.lastUpdated())).toArray(Timestamp[]::new))
			.update();
	}

	/** The oldest notices, at most {@code limit}; another instance may read the same ones (applying is idempotent). */
	List<StoredNotice> oldest(int limit) {
		return this.jdbc.sql("select id, realm_id, invoice_id, operation, last_updated from invoice_change_notices "
				+ "order by id limit ?")
			.param(limit)
			.query((rs, row) -> {
				Timestamp updated = rs.getTimestamp("last_updated");
				return new StoredNotice(rs.getLong("id"), new ChangeNotice(rs.getString("realm_id"),
						rs.getString("invoice_id"), rs.getString("operation"),
						(updated != null) ? updated.toInstant() : null));
			})
			.list();
	}

	void remove(List<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("delete from invoice_change_notices where id = any (?)").param(ids.toArray(Long[]::new)).update();
		}
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	/** A stored notice and its row id. */
	record StoredNotice(long id, ChangeNotice notice) {
	}

}
