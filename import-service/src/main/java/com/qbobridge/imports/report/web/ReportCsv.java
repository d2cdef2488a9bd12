package com.qbobridge.imports.report.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.qbobridge.imports.labels.Labels;
import com.qbobridge.imports.report.ReportEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes an import's report as CSV (RFC 4180), one line per fetched invoice, its details in the label table's words.
 */
final class ReportCsv {

	static final String[] HEADER = { "sequence", "invoice_id", "invoice_number", "fate", "fate_label", "detail",
			"case_id", "draft_id", "updated_at" };

	private ReportCsv() {
	}

	static String write(List<ReportEntry> entries) {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (ReportEntry entry : entries) {
				// Every cell, not only the free text: ids and numbers come from QuickBooks or upstream events too.
				printer.printRecord(cell(entry.sequence()), cell(entry.invoiceId()), cell(entry.invoiceNumber()),
						cell(entry.fate()), cell(entry.fateLabel()), cell(Labels.detail(entry.detail())),
						cell(entry.caseId()), cell(entry.draftId()), cell(entry.updatedAt()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String cell(@Nullable Object value) {
		return (value != null) ? neutralize(value.toString()) : "";
	}

	/**
	 * Keeps spreadsheet programs from running a cell that starts like a formula (CSV injection, OWASP): {@code =},
	 * {@code +}, {@code -}, {@code @}, tab or carriage return first gets a leading apostrophe.
	 */
	private static String neutralize(String value) {
		return (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
