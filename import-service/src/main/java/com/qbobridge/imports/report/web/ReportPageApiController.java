package com.qbobridge.imports.report.web;

import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.report.ReportPages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves an import's report a page at a time, for the Import page's report tab.
 */
@RestController
@Tag(name = "Imports")
class ReportPageApiController {

	private final ReportPages reports;

	ReportPageApiController(ReportPages reports) {
		this.reports = reports;
	}

	@GetMapping("/api/imports/{importId}/report/pages")
	@Operation(summary = "One page of the import's report, details in words")
	ReportPages.Page page(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return this.reports.page(user.caller(), importId, page, size);
	}

}
