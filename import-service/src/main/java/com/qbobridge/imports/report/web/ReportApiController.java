package com.qbobridge.imports.report.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.report.ReportEntry;
import com.qbobridge.imports.report.ReportPages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report API: every fetched invoice of an import and its fate, as JSON or as a CSV download.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Bulk imports of unpaid QuickBooks invoices, their drafts and reports")
class ReportApiController {

	private final ReportPages report;

	ReportApiController(ReportPages report) {
		this.report = report;
	}

	@GetMapping("/{importId}/report")
	@Operation(summary = "Every fetched invoice and what became of it")
	List<ReportEntry> report(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId) {
		return this.report.entries(user.caller(), importId);
	}

	@GetMapping(path = "/{importId}/report.csv", produces = "text/csv")
	@Operation(summary = "The report as a CSV download")
	ResponseEntity<byte[]> reportCsv(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId) {
		String csv = ReportCsv.write(this.report.entries(user.caller(), importId));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-" + importId + "-report.csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

}
