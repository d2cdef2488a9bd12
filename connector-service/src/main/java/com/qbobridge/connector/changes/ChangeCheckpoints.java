package com.qbobridge.connector.changes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where each connection's change data capture resumes, and a lease so that one instance at a time polls it.
 */
@Repository
class ChangeCheckpoints {

	private final JdbcClient jdbc;

	ChangeCheckpoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the lease of every connection with watched invoices that no instance polls now. A connection polled for
	 * the first time starts from when it began watching, so the case-creation path writes no checkpoint per case.
	 */
	List<Checkpoint> claim(Instant now, Instant leasedUntil) {
		this.jdbc.sql("insert into change_checkpoints (connection_id, changed_since) select connection_id, "
				+ "min(watched_since) from watched_invoices where state <> 'DELETED' group by connection_id "
				+ "on conflict do nothing")
			.update();
		return this.jdbc.sql("update change_checkpoints c set leased_until = ? where (leased_until is null or "
				+ "leased_until < ?) and exists (select 1 from watched_invoices w where w.connection_id = c.connection_id "
				+ "and w.state <> 'DELETED') returning connection_id, changed_since")
			.params(Timestamp.from(leasedUntil), Timestamp.from(now))
			.query((rs, row) -> new Checkpoint(rs.getObject("connection_id", UUID.class),
					rs.getTimestamp("changed_since").toInstant()))
			.list();
	}

	/** Gives the lease back, moving the checkpoint on when the poll succeeded. */
	void release(UUID connectionId, Instant changedSince) {
		this.jdbc.sql("update change_checkpoints set changed_since = ?, leased_until = null where connection_id = ?")
			.params(Timestamp.from(changedSince), connectionId)
			.update();
	}

	/** A connection's checkpoint. */
	record Checkpoint(UUID connectionId, Instant changedSince) {
	}

}
