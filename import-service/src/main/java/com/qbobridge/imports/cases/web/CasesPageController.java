package com.qbobridge.imports.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.cases.CaseNotFound;
import com.qbobridge.imports.cases.CaseServiceClient;
import com.qbobridge.imports.connections.ConnectorClient;
import com.qbobridge.imports.connections.RemoteConnection;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.remote.RemoteServiceUnavailable;
import com.qbobridge.schemas.cases.CaseStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Cases page (the account's cases from case-service, paged, sorted and filtered by the server, as a plain GET
 * form so that every view has a link) and one case's page.
 */
@Controller
class CasesPageController {

	private static final int PAGE_SIZE = 25;

	private final CaseServiceClient cases;

	private final ImportJobLifecycle imports;

	private final ConnectorClient connector;

	CasesPageController(CaseServiceClient cases, ImportJobLifecycle imports, ConnectorClient connector) {
		this.cases = cases;
		this.imports = imports;
		this.connector = connector;
	}

	@GetMapping("/cases")
	String cases(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) @Nullable CaseStatus status,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
			@RequestParam(required = false) @Nullable UUID importId,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Za-z]{3}|") String currency,
			@RequestParam(required = false) @Nullable @Size(max = 100) String q,
			@RequestParam(required = false) @Nullable CaseSort sort,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "asc|desc|") String direction,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model) {
		MultiValueMap<String, String> query = CaseSort.search(importId, currency, q, sort, direction);
		if (status != null) {
			query.add("status", status.name());
		}
		if (createdFrom != null) {
			query.add("createdFrom", createdFrom.toString());
		}
		if (createdTo != null) {
			query.add("createdTo", createdTo.toString());
		}
		MultiValueMap<String, String> filters = new org.springframework.util.LinkedMultiValueMap<>(query);
		query.add("page", String.valueOf(page));
		query.add("size", String.valueOf(PAGE_SIZE));
		List<CaseRow> rows = new ArrayList<>();
		long total = 0;
		long pages = 0;
		boolean available = true;
		try {
			JsonNode answer = this.cases.cases(user.caller(), query);
			answer.path("content").forEach((node) -> rows.add(CaseRow.of(node)));
			total = answer.path("totalElements").asLong(rows.size());
			pages = answer.path("totalPages").asLong(rows.isEmpty() ? 0 : 1);
		}
		catch (RemoteServiceUnavailable ex) {
			available = false;
		}
		model.addAttribute("cases", rows);
		model.addAttribute("casesAvailable", available);
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("sorts", CaseSort.values());
		model.addAttribute("imports", this.imports.all(user.caller()));
		model.addAttribute("filter", new Filter(status, createdFrom, createdTo, importId, currency, q, sort,
				direction));
		model.addAttribute("previousPage", (page > 0) ? link(filters, page - 1) : null);
		model.addAttribute("nextPage", (page + 1 < pages) ? link(filters, page + 1) : null);
		return "cases";
	}

	@GetMapping("/cases/{caseId}")
	String one(@AuthenticationPrincipal AccountUser user, @PathVariable UUID caseId, Model model) {
		CaseRow found;
		try {
			found = CaseRow.of(this.cases.find(user.caller(), caseId));
		}
		catch (CaseNotFound ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such case.", ex);
		}
		String company = null;
		try {
			for (RemoteConnection connection : this.connector.connections(user.caller())) {
				if (connection.realmId() != null && connection.realmId().equals(found.realmId())) {
					company = connection.companyName();
				}
			}
		}
		catch (RemoteServiceUnavailable ex) {
			// The company's name is a courtesy; the realm id still identifies it.
		}
		model.addAttribute("kase", found);
		model.addAttribute("company", (company != null) ? company : "QuickBooks company " + found.realmId());
		return "case";
	}

	private static String link(MultiValueMap<String, String> filters, int page) {
		return UriComponentsBuilder.fromPath("/cases")
			.queryParams(filters)
			.queryParam("page", page)
			.encode()
			.build()
			.toUriString();
	}

	/**
	 * The filter as the form shows it again.
	 *
	 * @param status the status
	 * @param createdFrom first creation day
	 * @param createdTo last creation day
	 * @param importId the import
	 * @param currency the currency
	 * @param q the text searched
	 * @param sort the order
	 * @param direction asc or desc
	 */
	record Filter(@Nullable CaseStatus status, @Nullable LocalDate createdFrom, @Nullable LocalDate createdTo,
			@Nullable UUID importId, @Nullable String currency, @Nullable String q, @Nullable CaseSort sort,
			@Nullable String direction) {

	}

}
