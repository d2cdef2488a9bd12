package com.qbobridge.imports.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.schemas.imports.DateField;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import jobs, always read within one account except when an event names the job.
 */
@Repository
public class ImportJobs {

	private static final String SELECT = "select j.* from import_jobs j";

	private final JdbcClient jdbc;

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ImportJob job) {
		this.jdbc.sql("""
				insert into import_jobs (import_id, account_id, connection_id, date_field, date_from, date_to, state,
				  requested_by, requested_at, updated_at, last_progress_at, correlation_id, retry_of)
				values (:importId, :accountId, :connectionId, :dateField, :from, :to, :state, :requestedBy,
				  :requestedAt, :updatedAt, :updatedAt, :correlationId, :retryOf)
				""")
			.param("importId", job.importId())
			.param("accountId", job.accountId())
			.param("connectionId", job.connectionId())
			.param("dateField", job.dateField().name())
			.param("from", job.from())
			.param("to", job.to())
			.param("state", job.state().name())
			.param("requestedBy", job.requestedBy())
			.param("requestedAt", timestamp(job.requestedAt()))
			.param("updatedAt", timestamp(job.updatedAt()))
			.param("correlationId", job.correlationId())
			.param("retryOf", job.retryOf())
			.update();
	}

	/**
	 * One of the account's imports.
	 * @param accountId the account
	 * @param importId the import
	 * @return the import, if the account has it
	 */
	public Optional<ImportJob> find(String accountId, UUID importId) {
		return this.jdbc.sql(SELECT + " where j.account_id = ? and j.import_id = ?")
			.params(accountId, importId)
			.query(ImportJobs::map)
			.optional();
	}

	/**
	 * Reads an import and locks it for the rest of the transaction, so that events about it apply one at a time.
	 * @param importId the import
	 * @return the import, if it exists
	 */
	Optional<ImportJob> lock(UUID importId) {
		return this.jdbc.sql(SELECT + " where j.import_id = ? for update")
			.param(importId)
			.query(ImportJobs::map)
			.optional();
	}

	/**
	 * The account's imports, newest first.
	 * @param accountId the account
	 * @return its imports
	 */
	public List<ImportJob> all(String accountId) {
		return this.jdbc.sql(SELECT + " where j.account_id = ? order by j.requested_at desc")
			.param(accountId)
			.query(ImportJobs::map)
			.list();
	}

	/**
	 * The newest import of each of the account's connections.
	 * @param accountId the account
	 * @return the last import by connection id
	 */
	public Map<UUID, ImportJob> lastByConnection(String accountId) {
		Map<UUID, ImportJob> last = new HashMap<>();
		for (ImportJob job : all(accountId)) {
			last.putIfAbsent(job.connectionId(), job);
		}
		return last;
	}

	Optional<ImportJob> findRunning(String accountId, UUID connectionId, DateField dateField,
			@Nullable LocalDate from, @Nullable LocalDate to) {
		return this.jdbc.sql(SELECT + """
				\s where j.account_id = :account and j.connection_id = :connection and j.date_field = :field
				   and j.date_from is not distinct from :from and j.date_to is not distinct from :to
				   and j.state in ('REQUESTED', 'FETCHING', 'MAPPING')
				""")
			.param("account", accountId)
			.param("connection", connectionId)
			.param("field", dateField.name())
			.param("from", from, java.sql.Types.DATE)
			.param("to", to, java.sql.Types.DATE)
			.query(ImportJobs::map)
			.optional();
	}

	void progressed(UUID importId, ImportState state, int pages, long invoices, @Nullable Long total, Instant at) {
		this.jdbc.sql("""
				update import_jobs set state = :state, pages_fetched = greatest(pages_fetched, :pages),
				  invoices_fetched = greatest(invoices_fetched, :invoices), total_invoices = coalesce(:total, total_invoices),
				  updated_at = :at, last_progress_at = :at where import_id = :id
				""")
			.param("state", state.name())
			.param("pages", pages)
			.param("invoices", invoices)
			.param("total", total, java.sql.Types.BIGINT)
			.param("at", timestamp(at))
			.param("id", importId)
			.update();
	}

	void fetchSucceeded(UUID importId, int pages, long invoices, Instant at) {
		this.jdbc.sql("""
				update import_jobs set fetch_completed = true, pages_fetched = :pages, invoices_fetched = :invoices,
				  updated_at = :at, last_progress_at = :at where import_id = :id
				""")
			.param("pages", pages)
			.param("invoices", invoices)
			.param("at", timestamp(at))
			.param("id", importId)
			.update();
	}

	void failed(UUID importId, FailureReason reason, @Nullable String detail, int pages, long invoices,
			Instant at) {
		this.jdbc.sql("""
				update import_jobs set state = 'FAILED', failure_reason = :reason, failure_detail = :detail,
				  fetch_completed = true, pages_fetched = :pages, invoices_fetched = :invoices, updated_at = :at,
				  last_progress_at = :at
				where import_id = :id
				""")
			.param("reason", reason.name())
			.param("detail", detail)
			.param("pages", pages)
			.param("invoices", invoices)
			.param("at", timestamp(at))
			.param("id", importId)
			.update();
	}

	void changeState(UUID importId, ImportState state, Instant at) {
		this.jdbc.sql("update import_jobs set state = :state, updated_at = :at, last_progress_at = :at where import_id = :id")
			.param("state", state.name())
			.param("at", timestamp(at))
			.param("id", importId)
			.update();
	}

	/**
	 * Fails every fetching or mapping import that has not moved since a point in time, in one conditional statement:
	 * an import that moved in the meantime, or that another replica failed already, no longer matches.
	 * @param cutoff imports whose last progress is older than this are failed
	 * @param detail the failure in words
	 * @param at when
	 * @return the imports failed
	 */
	List<UUID> failStalled(Instant cutoff, String detail, Instant at) {
		return this.jdbc.sql("""
				update import_jobs set state = 'FAILED', failure_reason = :reason, failure_detail = :detail,
				  updated_at = :at, last_progress_at = :at
				where state in ('FETCHING', 'MAPPING') and last_progress_at < :cutoff
				returning import_id
				""")
			.param("reason", FailureReason.STALLED.name())
			.param("detail", detail)
			.param("at", timestamp(at))
			.param("cutoff", timestamp(cutoff))
			.query(UUID.class)
			.list();
	}

	public static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static ImportJob map(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("failure_reason");
		return new ImportJob(rs.getObject("import_id", UUID.class), rs.getString("account_id"),
				rs.getObject("connection_id", UUID.class), DateField.valueOf(rs.getString("date_field")),
				rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
				ImportState.valueOf(rs.getString("state")), rs.getString("requested_by"),
				rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				rs.getObject("correlation_id", UUID.class), rs.getInt("pages_fetched"), rs.getLong("invoices_fetched"),
				rs.getObject("total_invoices", Long.class), rs.getBoolean("fetch_completed"),
				(reason != null) ? FailureReason.valueOf(reason) : null, rs.getString("failure_detail"),
				rs.getObject("retry_of", UUID.class), rs.getLong("invoices_reported"));
	}

}
