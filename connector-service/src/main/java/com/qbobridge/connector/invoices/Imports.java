package com.qbobridge.connector.invoices;

import java.sql.Timestamp;
import java.time.Instant;
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
				insert into imports (import_id, connection_id, account_id, requested_event_id, status, started_at)
				values (?, ?, ?, ?, ?, ?) on conflict (import_id) do nothing
				""")
			.params(request.metadata().importId(), request.metadata().connectionId(), request.metadata().accountId(),
					request.metadata().eventId(), Status.RUNNING.name(), Timestamp.from(Instant.now()))
			.update() == 1;
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
