package com.qbobridge.connector.invoices;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.schemas.EventJson;
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
 * the request, counts and outcome, never invoice data. Each import is owned by one attempt at a time (its worker's);
 * every change that ends or advances an import is conditional on the import still running under the caller's
 * attempt, so that whoever ends it first (its worker or the sweep) wins and a late worker, or one whose import was
 * taken over, changes nothing.
 */
@Repository
class Imports {

	/** Where an import stands. */
	enum Status {

		RUNNING, SUCCEEDED, FAILED

	}

	/** The attempt of the worker that takes an import on. */
	static final int FIRST_ATTEMPT = 1;

	private final JdbcClient jdbc;

	Imports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes an import on as its first attempt, unless it was taken on before; keeps the request so that the import
	 * can be fetched again if its worker dies.
	 * @param request the request
	 * @return {@code true} when it is new and must be fetched
	 */
	boolean begin(ImportRequested request) {
		return this.jdbc.sql("""
				insert into imports (import_id, connection_id, account_id, requested_event_id, correlation_id, status,
				    started_at, heartbeat_at, attempt, request)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) on conflict (import_id) do nothing
				""")
			.params(request.metadata().importId(), request.metadata().connectionId(), request.metadata().accountId(),
					request.metadata().eventId(), request.metadata().correlationId(), Status.RUNNING.name(),
					Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), FIRST_ATTEMPT,
					EventJson.mapper().writeValueAsString(request))
			.update() == 1;
	}

	/**
	 * Records that a running import is alive and how far it got.
	 * @param importId the import
	 * @param attempt the attempt of the worker reporting
	 * @param pages pages read so far
	 * @param invoices invoices published so far
	 * @return {@code true} when it is still running under that attempt, {@code false} when it ended or was taken
	 * over (nothing changed)
	 */
	boolean heartbeat(UUID importId, int attempt, int pages, long invoices) {
		return this.jdbc.sql("""
				update imports set pages_fetched = ?, invoices_fetched = ?, heartbeat_at = ?
				where import_id = ? and attempt = ? and status = 'RUNNING'
				""").params(pages, invoices, Timestamp.from(Instant.now()), importId, attempt).update() == 1;
	}

	/**
	 * Records that the imports this instance runs or has queued are alive, however long their current QuickBooks
	 * call or hand-off takes, so that the sweep does not take them for imports whose worker died.
	 * @param attempts the attempt this instance holds, by import
	 * @return how many of them are still running under that attempt
	 */
	int keepAlive(Map<UUID, Integer> attempts) {
		if (attempts.isEmpty()) {
			return 0;
		}
		List<Map.Entry<UUID, Integer>> held = List.copyOf(attempts.entrySet());
		return this.jdbc.sql("""
				update imports i set heartbeat_at = ? from unnest(?, ?) as held(import_id, attempt)
				where i.import_id = held.import_id and i.attempt = held.attempt and i.status = 'RUNNING'
				""")
			.params(Timestamp.from(Instant.now()),
					new SqlArrayValue("uuid", held.stream().map(Map.Entry::getKey).toArray()),
					new SqlArrayValue("integer", held.stream().map(Map.Entry::getValue).toArray()))
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
	 * The attempt that owns an import now, e.g. for a log line or a test.
	 * @param importId the import
	 * @return its attempt, {@code null} when it was never taken on
	 */
	@Nullable Integer attemptOf(UUID importId) {
		return this.jdbc.sql("select attempt from imports where import_id = ?")
			.param(importId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Records that a running import is alive, e.g. after each QuickBooks call.
	 * @param importId the import
	 * @param attempt the attempt of the worker reporting
	 * @return {@code true} when it is still running under that attempt, {@code false} when it ended or was taken
	 * over (nothing changed)
	 */
	boolean alive(UUID importId, int attempt) {
		return this.jdbc.sql("""
				update imports set heartbeat_at = ? where import_id = ? and attempt = ? and status = 'RUNNING'
				""").params(Timestamp.from(Instant.now()), importId, attempt).update() == 1;
	}

	/**
	 * Takes over the running imports that gave no sign of life for longer than the lease (their worker is gone) and
	 * may be tried again: each gets its next attempt and a fresh heartbeat, so that exactly one instance fetches it
	 * again and the earlier worker, should it still be alive, changes nothing from now on.
	 * @param lease how long a running import may stay silent
	 * @param maxAttempts how many attempts an import may have in all
	 * @return the imports taken over now, with the request to fetch again
	 */
	List<Resumed> resumeAbandoned(Duration lease, int maxAttempts) {
		return this.jdbc.sql("""
				update imports set attempt = attempt + 1, heartbeat_at = ?
				where status = 'RUNNING' and import_id in (select import_id from imports
				    where status = 'RUNNING' and heartbeat_at < ? and attempt < ? and request is not null
				    for update skip locked)
				returning import_id, attempt, request::text as request
				""")
			.params(Timestamp.from(Instant.now()), Timestamp.from(Instant.now().minus(lease)), maxAttempts)
			.query((rs, row) -> new Resumed(rs.getObject("import_id", UUID.class), rs.getInt("attempt"),
					EventJson.mapper().readValue(rs.getString("request"), ImportRequested.class)))
			.list();
	}

	/**
	 * A running import taken over from a worker that is gone.
	 *
	 * @param importId the import
	 * @param attempt the attempt that owns it now
	 * @param request the request to fetch again
	 */
	record Resumed(UUID importId, int attempt, ImportRequested request) {
	}

	/**
	 * Fails the running imports that gave no sign of life for longer than the lease (their worker is gone) and may
	 * not be tried again (they had every attempt, or were taken on before requests were kept), so that exactly one
	 * instance finishes each of them. Run after {@link #resumeAbandoned}, whose imports have a fresh heartbeat.
	 * @param lease how long a running import may stay silent
	 * @return the imports failed now
	 */
	List<Abandoned> failAbandoned(Duration lease) {
		return this.jdbc.sql("""
				update imports set status = 'FAILED', failure_reason = 'UNEXPECTED', finished_at = now()
				where status = 'RUNNING' and import_id in (select import_id from imports
				    where status = 'RUNNING' and heartbeat_at < ? for update skip locked)
				returning import_id, connection_id, account_id, correlation_id, pages_fetched, invoices_fetched, attempt
				""")
			.param(Timestamp.from(Instant.now().minus(lease)))
			.query((rs, row) -> new Abandoned(rs.getObject("import_id", UUID.class),
					rs.getObject("connection_id", UUID.class), rs.getString("account_id"),
					rs.getObject("correlation_id", UUID.class), rs.getInt("pages_fetched"),
					rs.getLong("invoices_fetched"), rs.getInt("attempt")))
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
	 * @param attempts how many times it was fetched
	 */
	record Abandoned(UUID importId, UUID connectionId, String accountId, @Nullable UUID correlationId, int pages,
			long invoices, int attempts) {

		/**
		 * The completion that tells import-service this import failed and can be tried again.
		 * @return the event, correlated with the request when its correlation id was recorded
		 */
		ImportCompleted completed() {
			UUID correlation = (this.correlationId != null) ? this.correlationId : UUID.randomUUID();
			EventMetadata metadata = new EventMetadata(UUID.randomUUID(), ImportCompleted.CONTRACT.eventType(),
					ImportCompleted.CONTRACT.version(), Instant.now(), this.accountId, this.connectionId,
					this.importId, correlation);
			String times = (this.attempts > 1) ? " (each of its " + this.attempts + " attempts)" : "";
			return new ImportCompleted(metadata, false, ImportFailureReason.UNEXPECTED,
					"The connector stopped while fetching this import" + times + "; try again", this.pages,
					this.invoices);
		}

	}

	/**
	 * Records how an import ended, unless it had ended already (say the sweep failed it while a late worker was
	 * still fetching): a final state is never overwritten.
	 * @param importId the import
	 * @param attempt the attempt of the worker ending it
	 * @param failure why it failed, {@code null} when it succeeded
	 * @param pages pages read
	 * @param invoices invoices published
	 * @return {@code true} when this call ended it, {@code false} when it had already ended or another attempt owns
	 * it (nothing changed)
	 */
	boolean finish(UUID importId, int attempt, @Nullable ImportFailureReason failure, int pages, long invoices) {
		return this.jdbc.sql("""
				update imports set status = ?, failure_reason = ?, pages_fetched = ?, invoices_fetched = ?,
				    finished_at = ? where import_id = ? and attempt = ? and status = 'RUNNING'
				""")
			.params(((failure == null) ? Status.SUCCEEDED : Status.FAILED).name(),
					(failure != null) ? failure.name() : null, pages, invoices, Timestamp.from(Instant.now()), importId,
					attempt)
			.update() == 1;
	}

}
