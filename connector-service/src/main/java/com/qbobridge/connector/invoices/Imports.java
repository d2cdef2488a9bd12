package com.qbobridge.connector.invoices;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.imports.ImportRequested;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * The imports this service has taken on, by import id: the record that makes a redelivered request a no-op. Holds
 * counts and outcome only, never invoice data. Every change that ends or advances an import is conditional on the
 * import still running, so that whoever ends it first (its worker or the sweep) wins and a late one changes nothing.
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
	 * @return {@code true} when it is still running, {@code false} when it already ended (nothing changed)
	 */
	boolean heartbeat(UUID importId, int pages, long invoices) {
		return this.jdbc.sql("""
				update imports set pages_fetched = ?, invoices_fetched = ?, heartbeat_at = ?
				where import_id = ? and status = 'RUNNING'
				""").params(pages, invoices, Timestamp.from(Instant.now()), importId).update() == 1;
	}

	/**
	 * Records that imports taken on by this instance and waiting for a worker thread are alive, so that the sweep
	 * does not take a queued import for one whose worker died.
	 * @param importIds the queued imports
	 * @return how many of them are still running
	 */
	int keepAlive(Collection<UUID> importIds) {
		if (importIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("update imports set heartbeat_at = ? where import_id = any(?) and status = 'RUNNING'")
			.params(Timestamp.from(Instant.now()), new SqlArrayValue("uuid", importIds.toArray()))
			.update();
	}

	/**
	 * Where an import stands, e.g. for a log line or a test.
	 * @param importId the import
	 * @return its status, {@code null} when it was never taken on
	 */
	@Nullable Status statusOf(UUID importId) {
		return this.jdbc.sql("select status from imports where import_id = ?")
			.param(importId)
			.query((rs, row) -> Status.valueOf(rs.getString(1)))
			.optional()
			.orElse(null);
	}

	/**
	 * Records that a running import is alive, e.g. after each QuickBooks call.
	 * @param importId the import
	 * @return {@code true} when it is still running, {@code false} when it already ended (nothing changed)
	 */
	boolean alive(UUID importId) {
		return this.jdbc.sql("update imports set heartbeat_at = ? where import_id = ? and status = 'RUNNING'")
			.params(Timestamp.from(Instant.now()), importId)
			.update() == 1;
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
				where status = 'RUNNING' and import_id in (select import_id from imports
				    where status = 'RUNNING' and heartbeat_at < ? for update skip locked)
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

		/**
		 * The completion that tells import-service this import failed and can be tried again.
		 * @return the event, correlated with the request when its correlation id was recorded
		 */
		ImportCompleted completed() {
			UUID correlation = (this.correlationId != null) ? this.correlationId : UUID.randomUUID();
			EventMetadata metadata = new EventMetadata(UUID.randomUUID(), ImportCompleted.CONTRACT.eventType(),
					ImportCompleted.CONTRACT.version(), Instant.now(), this.accountId, this.connectionId,
					this.importId, correlation);
			return new ImportCompleted(metadata, false, ImportFailureReason.UNEXPECTED,
					"The connector stopped while fetching this import; try again", this.pages, this.invoices);
		}

	}

	/**
	 * Records how an import ended, unless it had ended already (say the sweep failed it while a late worker was
	 * still fetching): a final state is never overwritten.
	 * @param importId the import
	 * @param failure why it failed, {@code null} when it succeeded
	 * @param pages pages read
	 * @param invoices invoices published
	 * @return {@code true} when this call ended it, {@code false} when it had already ended (nothing changed)
	 */
	boolean finish(UUID importId, @Nullable ImportFailureReason failure, int pages, long invoices) {
		return this.jdbc.sql("""
				update imports set status = ?, failure_reason = ?, pages_fetched = ?, invoices_fetched = ?,
				    finished_at = ? where import_id = ? and status = 'RUNNING'
				""")
			.params(((failure == null) ? Status.SUCCEEDED : Status.FAILED).name(),
					(failure != null) ? failure.name() : null, pages, invoices, Timestamp.from(Instant.now()), importId)
			.update() == 1;
	}

}
