package com.qbobridge.imports.report.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.report.InvoiceFate;
import com.qbobridge.imports.report.ReportEntry;
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

}
