package com.qbobridge.cases.register;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import com.qbobridge.schemas.cases.CaseChange;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.connector.InvoiceChange;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/**
 * What happened to each case after it was created, oldest first: the history the case API shows.
 */
@Repository
public class CaseHistory {

	private final JdbcClient jdbc;

	public CaseHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a change; must run in the transaction that changes the case.
	 * @param entry the change, must not be null
	 */
	public void record(CaseHistoryEntry entry) {
		Assert.notNull(entry, "entry must not be null");
		this.jdbc.sql("""
				INSERT INTO case_history (case_id, change, invoice_change, previous_amount, amount_to_recover,
				    reported_balance, currency, previous_status, status, sync_token, changed_at, recorded_at,
				    invoice_changed_event_id, detail)
				VALUES (:caseId, :change, :invoiceChange, :previousAmount, :amount, :reportedBalance, :currency,
				    :previousStatus, :status, :syncToken, :changedAt, :recordedAt, :eventId, :detail)""")
			.param("caseId", entry.caseId().value())
			.param("change", entry.change().name())
			.param("invoiceChange", (entry.invoiceChange() != null) ? entry.invoiceChange().name() : null)
			.param("previousAmount", entry.previousAmount())
			.param("amount", entry.amountToRecover())
			.param("reportedBalance", entry.reportedBalance())
			.param("currency", entry.currency())
			.param("previousStatus", entry.previousStatus().name())
			.param("status", entry.status().name())
			.param("syncToken", entry.syncToken())
			.param("changedAt", Timestamp.from(entry.changedAt()))
			.param("recordedAt", Timestamp.from(entry.recordedAt()))
			.param("eventId", entry.invoiceChangedEventId())
			.param("detail", entry.detail())
			.update();
	}

	/**
	 * The history of a case.
	 * @param id the case, whose account the caller has checked
	 * @return its changes, oldest first
	 */
	public List<CaseHistoryEntry> of(CaseId id) {
		return this.jdbc.sql("SELECT * FROM case_history WHERE case_id = :id ORDER BY id")
			.param("id", id.value())
			.query(MAPPER)
			.list();
	}

	private static final RowMapper<CaseHistoryEntry> MAPPER = (rs, row) -> {
		String invoiceChange = rs.getString("invoice_change");
		return new CaseHistoryEntry(new CaseId(rs.getObject("case_id", UUID.class)),
				CaseChange.valueOf(rs.getString("change")),
				(invoiceChange != null) ? InvoiceChange.valueOf(invoiceChange) : null,
				rs.getBigDecimal("previous_amount"), rs.getBigDecimal("amount_to_recover"),
				rs.getBigDecimal("reported_balance"), rs.getString("currency"),
				CaseStatus.valueOf(rs.getString("previous_status")), CaseStatus.valueOf(rs.getString("status")),
				rs.getString("sync_token"), rs.getTimestamp("changed_at").toInstant(),
				rs.getTimestamp("recorded_at").toInstant(), rs.getObject("invoice_changed_event_id", UUID.class),
				rs.getString("detail"));
	};

}
