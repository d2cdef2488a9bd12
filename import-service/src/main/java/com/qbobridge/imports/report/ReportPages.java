package com.qbobridge.imports.report;

import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.labels.Labels;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one page of an import's report, in invoice order, from the report table.
 */
@Component
public class ReportPages {

	private final ImportJobLifecycle imports;

	private final JdbcClient jdbc;

	private final ImportReport report;

	ReportPages(ImportJobLifecycle imports, JdbcClient jdbc, ImportReport report) {
		this.imports = imports;
		this.jdbc = jdbc;
		this.report = report;
	}

	/**
	 * One of the account's imports' whole report.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @return every invoice and its fate, in invoice order
	 * @throws com.qbobridge.imports.jobs.ImportNotFound if the account has no such import
	 */
	public List<ReportEntry> entries(Caller caller, UUID importId) {
		this.imports.get(caller, importId);
		return this.report.of(importId);
	}

	/**
	 * One page of one of the account's imports' report.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @param page from 0
	 * @param size lines per page
	 * @return the page and the number of lines
	 * @throws com.qbobridge.imports.jobs.ImportNotFound if the account has no such import
	 */
	public Page page(Caller caller, UUID importId, int page, int size) {
		ImportJob job = this.imports.get(caller, importId);
		// Lines are only ever added (and counted on the job as they are), so the job knows the total.
		long total = job.invoicesReported();
		List<Line> lines = this.jdbc.sql("""
				select sequence, invoice_id, invoice_number, draft_id, fate, detail, case_id from import_report
				where import_id = ? order by sequence, invoice_id limit ? offset ?
				""").params(job.importId(), size, (long) page * size).query((rs, row) -> {
			InvoiceFate fate = InvoiceFate.valueOf(rs.getString("fate"));
			return new Line(rs.getLong("sequence"), rs.getString("invoice_id"), rs.getString("invoice_number"),
					rs.getObject("draft_id", UUID.class), fate, fate.label(), Labels.detail(rs.getString("detail")),
					rs.getObject("case_id", UUID.class));
		}).list();
		return new Page(lines, page, size, total, (int) ((total + size - 1) / size));
	}

	/**
	 * One line of the report, its detail in words.
	 *
	 * @param sequence the invoice's position
	 * @param invoiceId the QuickBooks invoice id
	 * @param invoiceNumber the invoice number
	 * @param draftId the draft
	 * @param fate what became of it
	 * @param fateLabel the fate in words
	 * @param detail why, in words
	 * @param caseId the case it became or duplicates
	 */
	public record Line(long sequence, String invoiceId, @Nullable String invoiceNumber, @Nullable UUID draftId,
			InvoiceFate fate, String fateLabel, @Nullable String detail, @Nullable UUID caseId) {

	}

	/**
	 * A page of the report.
	 *
	 * @param content the lines
	 * @param page the page, from 0
	 * @param size lines per page
	 * @param totalElements lines on all pages
	 * @param totalPages pages
	 */
	public record Page(List<Line> content, int page, int size, long totalElements, int totalPages) {

	}

}
