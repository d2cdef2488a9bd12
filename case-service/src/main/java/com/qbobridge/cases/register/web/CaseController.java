package com.qbobridge.cases.register.web;

import java.util.UUID;

import com.qbobridge.cases.register.CaseFilter;
import com.qbobridge.cases.register.CaseHistory;
import com.qbobridge.cases.register.CaseId;
import com.qbobridge.cases.register.CaseNotFound;
import com.qbobridge.cases.register.CasePage;
import com.qbobridge.cases.register.CaseSearch;
import com.qbobridge.cases.register.CollectionCase;
import com.qbobridge.cases.register.CollectionCases;
import com.qbobridge.servicetokens.ServiceTokenClaims;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case API import-service calls on a creditor's behalf; everything is scoped to the account in the service token,
 * so another account's case answers 404 exactly like a case that does not exist.
 */
@RestController
@RequestMapping("/cases")
class CaseController {

	private final CollectionCases cases;

	private final CaseHistory history;

	CaseController(CollectionCases cases, CaseHistory history) {
		this.cases = cases;
		this.history = history;
	}

	@GetMapping
	CasePage list(Authentication caller, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String createdFrom,
			@RequestParam(required = false) @Nullable String createdTo,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(required = false) @Nullable String importId,
			@RequestParam(required = false) @Nullable String currency,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String direction) {
		CaseFilter filter = CaseFilter.parse(status, createdFrom, createdTo, page, size);
		CaseSearch search = CaseSearch.parse(importId, currency, q, sort, direction);
		return this.cases.find(ServiceTokenClaims.accountOf(caller), filter, search);
	}

	@GetMapping("/{id}")
	CaseDetails one(Authentication caller, @PathVariable UUID id) {
		CaseId caseId = new CaseId(id);
		CollectionCase found = this.cases.findOne(ServiceTokenClaims.accountOf(caller), caseId)
			.orElseThrow(() -> new CaseNotFound(caseId));
		return new CaseDetails(found, this.history.of(caseId));
	}

}
