package com.qbobridge.connector.invoices;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.imports.ImportRequested;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The imports this service has taken on, by import id: the record that makes a redelivered request a no-op. Holds
 * counts and outcome only, never invoice data.
 */
@Repository
class Imports {

	/** Where an import stands. */
	enum Status {

		RUNNING, SUCCEEDED, FAILED

	}

	private final JdbcClient jdbc;

	Imports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes an import on, unless it was taken on before.
	 * @param request the request
	 * @return {@code true} when it is new and must be fetched
	 */
	boolean begin(ImportRequested request) {
		return this.jdbc.sql("""
				insert into imports (import_id, connection_id, account_id, requested_event_id, correlation_id, status,
				    started_at, heartbeat_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (import_id) do nothing
				""")
			.params(request.metadata().importId(), request.metadata().connectionId(), request.metadata().accountId(),
					request.metadata().eventId(), request.metadata().correlationId(), Status.RUNNING.name(),
					Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
			.update() == 1;
	}

	/**
	 * Records that a running import is alive and how far it got.
	 * @param importId the import
	 * @param pages pages read so far
	 * @param invoices invoices published so far
	 */
	void heartbeat(UUID importId, int pages, long invoices) {
		this.jdbc.sql("""
				update imports set pages_fetched = ?, invoices_fetched = ?, heartbeat_at = ?
				where import_id = ? and status = 'RUNNING'
				""").params(pages, invoices, Timestamp.from(Instant.now()), importId).update();
	}

	/**
	 * Records that a running import is alive, e.g. after each QuickBooks call.
	 * @param importId the import
	 */
	void alive(UUID importId) {
		this.jdbc.sql("update imports set heartbeat_at = ? where import_id = ? and status = 'RUNNING'")
			.params(Timestamp.from(Instant.now()), importId)
			.update();
	}

	/**
	 * Fails the running imports that gave no sign of life for longer than the lease (their worker is gone), so that
	 * exactly one instance finishes each of them.
	 * @param lease how long a running import may stay silent
	 * @return the imports failed now
	 */
	List<Abandoned> failAbandoned(Duration lease) {
		return this.jdbc.sql("""
				update imports set status = 'FAILED', failure_reason = 'UNEXPECTED', finished_at = now()
				where import_id in (select import_id from imports where status = 'RUNNING' and heartbeat_at < ?
				    for update skip locked)
				returning import_id, connection_id, account_id, correlation_id, pages_fetched, invoices_fetched
				""")
			.param(Timestamp.from(Instant.now().minus(lease)))
			.query((rs, row) -> new Abandoned(rs.getObject("import_id", UUID.class),
					rs.getObject("connection_id", UUID.class), rs.getString("account_id"),
					rs.getObject("correlation_id", UUID.class), rs.getInt("pages_fetched"),
					rs.getLong("invoices_fetched")))
			.list();
	}

	/**
	 * A running import whose worker is gone.
	 *
	 * @param importId the import
	 * @param connectionId its connection
	 * @param accountId its account
	 * @param correlationId the request's correlation id, if it was recorded
	 * @param pages pages read before it stopped
	 * @param invoices invoices published before it stopped
	 */
	record Abandoned(UUID importId, UUID connectionId, String accountId, @Nullable UUID correlationId, int pages,
			long invoices) {
	}

	/**
	 * Records how an import ended.
	 * @param importId the import
	 * @param failure why it failed, {@code null} when it succeeded
	 * @param pages pages read
	 * @param invoices invoices published
	 */
	void finish(UUID importId, @Nullable ImportFailureReason failure, int pages, long invoices) {
		this.jdbc.sql("""
				update imports set status = ?, failure_reason = ?, pages_fetched = ?, invoices_fetched = ?,
				    finished_at = ? where import_id = ?
				""")
			.params(((failure == null) ? Status.SUCCEEDED : Status.FAILED).name(),
					(failure != null) ? failure.name() : null, pages, invoices, Timestamp.from(Instant.now()), importId)
			.update();
	}

}
