package com.qbobridge.imports.report.web;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.report.InvoiceFate;
import com.qbobridge.imports.report.ReportEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCsvTests {

	@Test
	void writesOneQuotedLinePerInvoiceAndDefusesFormulas() {
		UUID importId = UUID.randomUUID();
		UUID caseId = UUID.randomUUID();
		String csv = ReportCsv.write(List.of(
				new ReportEntry(importId, "130", "1037", 1, null, InvoiceFate.CASE_CREATED, "Case created: " + caseId,
						caseId, Instant.parse("2026-11-25T10:00:00Z")),
				new ReportEntry(importId, "131", "=HYPERLINK(\"x\")", 2, null, InvoiceFate.NEEDS_ATTENTION,
						"debtor.address.postalCode: missing, \"really\"", null, Instant.parse("2026-11-25T10:00:00Z"))));

		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).isEqualTo("1,130,1037,CASE_CREATED,Case created,Case created: " + caseId + ","
				+ caseId + ",,2026-11-25T10:00:00Z");
		assertThat(lines.get(2)).isEqualTo("2,131,\"'=HYPERLINK(\"\"x\"\")\",NEEDS_ATTENTION,Needs attention,"
				+ "\"Postal code: missing, \"\"really\"\"\",,,2026-11-25T10:00:00Z");
	}

	// GH-15: every cell is defused, not only the text ones; an invoice id or a sequence comes from upstream events.
	@Test
	void defusesFormulaCharactersAtTheStartOfEveryCell() throws IOException {
		UUID importId = UUID.randomUUID();
		Instant at = Instant.parse("2026-11-25T10:00:00Z");
		List<String> invoiceIds = List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tA", "\rB");
		List<ReportEntry> entries = new ArrayList<>();
		for (String invoiceId : invoiceIds) {
			entries.add(new ReportEntry(importId, invoiceId, "1037", 1, null, InvoiceFate.UNREADABLE, null, null, at));
		}
		entries.add(new ReportEntry(importId, "ok", "1038", -7, null, InvoiceFate.UNREADABLE, null, null, at));

		List<String> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(ReportCsv.write(entries)))) {
			parser.forEach((record) -> rows.add(record.get("sequence") + "|" + record.get("invoice_id")));
		}

		assertThat(rows).containsExactly("1|'=1+1", "1|'+SUM(A1)", "1|'-2+3", "1|'@cmd", "1|'\tA", "1|'\rB",
				"'-7|ok");
	}

}
