package com.qbobridge.imports.cases.web;

import java.time.LocalDate;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.cases.CaseServiceClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cases API: the collection cases case-service created for the signed-in account.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Collection cases of the signed-in account, from case-service")
class CasesApiController {

	private final CaseServiceClient cases;

	CasesApiController(CaseServiceClient cases) {
		this.cases = cases;
	}

	@GetMapping
	@Operation(summary = "List cases")
	JsonNode cases(@AuthenticationPrincipal AccountUser user,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Z_]{1,30}") String status,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
			@RequestParam(required = false) @Nullable UUID importId,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Za-z]{3}") String currency,
			@RequestParam(required = false) @Nullable @Size(max = 100) String q,
			@RequestParam(required = false) @Nullable CaseSort sort,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "asc|desc") String direction) {
		MultiValueMap<String, String> query = CaseSort.search(importId, currency, q, sort, direction);
		if (status != null) {
			query.add("status", status);
		}
		if (createdFrom != null) {
			query.add("createdFrom", createdFrom.toString());
		}
		if (createdTo != null) {
			query.add("createdTo", createdTo.toString());
		}
		query.add("page", String.valueOf(page));
		query.add("size", String.valueOf(size));
		return this.cases.cases(user.caller(), query);
	}

	@GetMapping("/{caseId}")
	@Operation(summary = "One case")
	JsonNode find(@AuthenticationPrincipal AccountUser user, @PathVariable UUID caseId) {
		return this.cases.find(user.caller(), caseId);
	}

}
