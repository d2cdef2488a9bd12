package com.qbobridge.imports.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import static com.qbobridge.imports.jobs.ImportJobs.timestamp;

/**
 * The per-invoice reports of the imports.
 */
@Repository
public class ImportReport {

	private final JdbcClient jdbc;

	ImportReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an invoice's fate, counting it on its import the first time.
	 */
	public void record(UUID importId, String accountId, String realmId, String invoiceId, @Nullable String invoiceNumber,
			long sequence, @Nullable UUID draftId, InvoiceFate fate, @Nullable String detail, @Nullable UUID caseId,
			Instant at) {
		boolean inserted = this.jdbc.sql("""
				insert into import_report (import_id, invoice_id, account_id, realm_id, sequence, draft_id,
				  invoice_number, fate, detail, case_id, updated_at)
				values (:importId, :invoiceId, :accountId, :realmId, :sequence, :draftId, :number, :fate, :detail,
				  :caseId, :at)
				on conflict (import_id, invoice_id) do update set sequence = excluded.sequence,
				  draft_id = excluded.draft_id, invoice_number = excluded.invoice_number, fate = excluded.fate,
				  detail = excluded.detail, case_id = excluded.case_id, updated_at = excluded.updated_at
				returning (xmax = 0) as inserted
				""")
			.param("importId", importId)
			.param("invoiceId", storable(invoiceId))
			.param("accountId", accountId)
			.param("realmId", realmId)
			.param("sequence", sequence)
			.param("draftId", draftId)
			.param("number", storable(invoiceNumber))
			.param("fate", fate.name())
			.param("detail", storable(detail))
			.param("caseId", caseId)
			.param("at", timestamp(at))
			.query(Boolean.class)
			.single();
		if (inserted) {
			this.jdbc.sql("""
					update import_jobs set invoices_reported = invoices_reported + 1, last_progress_at = :at
					where import_id = :id
					""")
				.param("at", timestamp(at))
				.param("id", importId)
				.update();
		}
	}

	/**
	 * Records many invoices' fates in one statement, counting each on its import the first time.
	 * @param lines the lines, at most one per import and invoice
	 * @param at when
	 */
	public void recordAll(List<Line> lines, Instant at) {
		if (lines.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				with upserted as (
				  insert into import_report (import_id, invoice_id, account_id, realm_id, sequence, draft_id,
				    invoice_number, fate, detail, case_id, updated_at)
				  select t.*, cast(:at as timestamptz) from unnest(:importIds, :invoiceIds, :accountIds, :realmIds,
				    :sequences, :draftIds, :numbers, :fates, :details, :caseIds)
				    as t(import_id, invoice_id, account_id, realm_id, sequence, draft_id, invoice_number, fate, detail,
				    case_id)
				  on conflict (import_id, invoice_id) do update set sequence = excluded.sequence,
				    draft_id = excluded.draft_id, invoice_number = excluded.invoice_number, fate = excluded.fate,
				    detail = excluded.detail, case_id = excluded.case_id, updated_at = excluded.updated_at
				  returning import_id, (xmax = 0) as inserted)
				update import_jobs j set invoices_reported = j.invoices_reported + c.n,
				  last_progress_at = cast(:at as timestamptz)
				from (select import_id, count(*) as n from upserted where inserted group by import_id) c
				where j.import_id = c.import_id
				""")
			.param("importIds", array("uuid", lines, Line::importId))
			.param("invoiceIds", array("text", lines, Line::invoiceId))
			.param("accountIds", array("text", lines, Line::accountId))
			.param("realmIds", array("text", lines, Line::realmId))
			.param("sequences", array("bigint", lines, Line::sequence))
			.param("draftIds", array("uuid", lines, Line::draftId))
			.param("numbers", array("text", lines, Line::invoiceNumber))
			.param("fates", array("text", lines, (line) -> line.fate().name()))
			.param("details", array("text", lines, Line::detail))
			.param("caseIds", array("uuid", lines, Line::caseId))
			.param("at", timestamp(at))
			.update();
	}

	/**
	 * The cases some invoices already became, in any import of the account.
	 * @param accountId the account
	 * @param realmId the QuickBooks company
	 * @param invoiceIds the invoices
	 * @return the case id by invoice id, for those already a case
	 */
	public Map<String, UUID> existingCases(String accountId, String realmId, Collection<String> invoiceIds) {
		Map<String, UUID> cases = new HashMap<>();
		if (invoiceIds.isEmpty()) {
			return cases;
		}
		this.jdbc.sql("""
				select distinct on (invoice_id) invoice_id, case_id from import_report
				where account_id = :account and realm_id = :realm and invoice_id = any(:invoices)
				  and case_id is not null and fate in ('CASE_CREATED', 'DUPLICATE', 'ALREADY_A_CASE')
				order by invoice_id, updated_at desc
				""")
			.param("account", accountId)
			.param("realm", realmId)
			.param("invoices", new SqlArrayValue("text", invoiceIds.toArray()))
			.query((rs) -> {
				cases.put(rs.getString("invoice_id"), rs.getObject("case_id", UUID.class));
			});
		return cases;
	}

	private static <T> SqlArrayValue array(String type, List<T> items, Function<T, @Nullable Object> value) {
		return new SqlArrayValue(type, items.stream().map(value).toArray());
	}

	/**
	 * One invoice's line in its import's report, as {@link #recordAll} writes it.
	 *
	 * @param importId the import
	 * @param accountId the account
	 * @param realmId the QuickBooks company
	 * @param invoiceId the invoice
	 * @param invoiceNumber its number
	 * @param sequence its position within the import
	 * @param draftId its draft
	 * @param fate what became of it
	 * @param detail why, in words
	 * @param caseId the case it is, if it is one
	 */
	public record Line(UUID importId, String accountId, String realmId, String invoiceId,
			@Nullable String invoiceNumber, long sequence, @Nullable UUID draftId, InvoiceFate fate,
			@Nullable String detail, @Nullable UUID caseId) {

		public Line {
			invoiceId = storable(invoiceId);
			invoiceNumber = storable(invoiceNumber);
			detail = storable(detail);
		}

	}

	/**
	 * PostgreSQL's text holds every character but NUL, which QuickBooks data can carry (an invoice number typed with
	 * it): the report shows U+FFFD in its place instead of losing the invoice's line.
	 */
	static @Nullable String storable(@Nullable String text) {
		return (text == null || text.indexOf('\u0000') < 0) ? text : text.replace('\u0000', '\uFFFD');
	}

	public void changeFate(UUID importId, String invoiceId, InvoiceFate fate, @Nullable String detail,
			@Nullable UUID caseId, Instant at) {
		changeFates(List.of(new FateChange(importId, invoiceId, fate, detail, caseId)), at);
	}

	/**
	 * Changes many invoices' fates in one statement, e.g. a whole approval or a poll of case-service's answers.
	 * @param changes the changes, at most one per import and invoice
	 * @param at when
	 */
	public void changeFates(List<FateChange> changes, Instant at) {
		if (changes.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update import_report r set fate = t.fate, detail = t.detail, case_id = t.case_id, updated_at = :at
				from unnest(:importIds, :invoiceIds, :fates, :details, :caseIds)
				  as t(import_id, invoice_id, fate, detail, case_id)
				where r.import_id = t.import_id and r.invoice_id = t.invoice_id
				""")
			.param("importIds", array("uuid", changes, FateChange::importId))
			.param("invoiceIds", array("text", changes, FateChange::invoiceId))
			.param("fates", array("text", changes, (change) -> change.fate().name()))
			.param("details", array("text", changes, FateChange::detail))
			.param("caseIds", array("uuid", changes, FateChange::caseId))
			.param("at", timestamp(at))
			.update();
	}

	/**
	 * A new fate for an invoice already in its import's report, as {@link #changeFates} writes it.
	 *
	 * @param importId the import
	 * @param invoiceId the invoice
	 * @param fate what became of it now
	 * @param detail why, in words
	 * @param caseId the case it is, if it is one
	 */
	public record FateChange(UUID importId, String invoiceId, InvoiceFate fate, @Nullable String detail,
			@Nullable UUID caseId) {

		public FateChange {
			invoiceId = storable(invoiceId);
			detail = storable(detail);
		}

	}

	/**
	 * The report lines of many drafts of one account, e.g. for a poll of case-service's answers.
	 * @param accountId the account
	 * @param draftIds the drafts
	 * @return their lines, in any import of the account
	 */
	public List<ReportEntry> forDrafts(String accountId, Collection<UUID> draftIds) {
		if (draftIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from import_report where account_id = :account and draft_id = any(:drafts)")
			.param("account", accountId)
			.param("drafts", new SqlArrayValue("uuid", draftIds.toArray()))
			.query(ImportReport::map)
			.list();
	}

	public List<ReportEntry> forDraft(String accountId, UUID draftId, @Nullable UUID importId) {
		return this.jdbc.sql("""
				select * from import_report where account_id = :account and draft_id = :draft
				  and (cast(:importId as uuid) is null or import_id = cast(:importId as uuid))
				""")
			.param("account", accountId)
			.param("draft", draftId)
			.param("importId", importId, java.sql.Types.OTHER)
			.query(ImportReport::map)
			.list();
	}

	/**
	 * The case an invoice already became, in any import of the account.
	 * @param accountId the account
	 * @param realmId the QuickBooks company
	 * @param invoiceId the invoice
	 * @return the case id, if it already is a case
	 */
	public Optional<UUID> existingCase(String accountId, String realmId, String invoiceId) {
		return this.jdbc.sql("""
				select case_id from import_report where account_id = ? and realm_id = ? and invoice_id = ?
				  and case_id is not null and fate in ('CASE_CREATED', 'DUPLICATE', 'ALREADY_A_CASE')
				order by updated_at desc limit 1
				""")
			.params(accountId, realmId, invoiceId)
			.query(UUID.class)
			.optional();
	}

	/**
	 * An import's report, in invoice order.
	 * @param importId the import (already checked to belong to the account)
	 * @return every invoice and its fate
	 */
	public List<ReportEntry> of(UUID importId) {
		return this.jdbc.sql("select * from import_report where import_id = ? order by sequence, invoice_id")
			.param(importId)
			.query(ImportReport::map)
			.list();
	}

	private static ReportEntry map(ResultSet rs, int row) throws SQLException {
		return new ReportEntry(rs.getObject("import_id", UUID.class), rs.getString("invoice_id"),
				rs.getString("invoice_number"), rs.getLong("sequence"), rs.getObject("draft_id", UUID.class),
				InvoiceFate.valueOf(rs.getString("fate")), rs.getString("detail"),
				rs.getObject("case_id", UUID.class), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
