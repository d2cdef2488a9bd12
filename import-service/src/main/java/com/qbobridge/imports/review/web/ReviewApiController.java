package com.qbobridge.imports.review.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.drafts.DraftState;
import com.qbobridge.imports.review.ReviewManagement;
import com.qbobridge.imports.review.ReviewRow;
import com.qbobridge.imports.review.ReviewSelection;
import com.qbobridge.imports.review.SelectionOutcome;
import com.qbobridge.imports.review.SelectionSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review API: store a selection of drafts, read its summary and its rows a page at a time, submit it, and follow
 * what became of its drafts.
 */
@RestController
@RequestMapping("/api/imports/{importId}/selections")
@Tag(name = "Review", description = "Selections of drafts to review and submit as one")
class ReviewApiController {

	private final ReviewManagement review;

	ReviewApiController(ReviewManagement review) {
		this.review = review;
	}

	@PostMapping
	@Operation(summary = "Store a selection of drafts",
			description = "allReady (optionally except some) or draftIds; the answer names the selection for the review page and the submit.")
	ResponseEntity<SelectionView> select(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@Valid @RequestBody SelectionRequest request) {
		ReviewSelection selection = this.review.select(user.caller(), importId, request.choice());
		return ResponseEntity.created(URI.create("/api/imports/" + importId + "/selections/" + selection.selectionId()))
			.body(SelectionView.of(selection));
	}

	@GetMapping("/{selectionId}")
	@Operation(summary = "A selection's summary: cases, amounts per currency, due dates, warnings by kind")
	SummaryView summary(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@PathVariable UUID selectionId) {
		ReviewSelection selection = this.review.selection(user.caller(), importId, selectionId);
		return new SummaryView(SelectionView.of(selection), this.review.summary(selection));
	}

	@GetMapping("/{selectionId}/rows")
	@Operation(summary = "One page of the selection's drafts as compact rows")
	RowsView rows(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@PathVariable UUID selectionId, @RequestParam(required = false) @Nullable DraftState status,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Z_]{1,60}") String code,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
		ReviewSelection selection = this.review.selection(user.caller(), importId, selectionId);
		ReviewManagement.RowPage rows = this.review.rows(selection, status, code, page, size);
		return new RowsView(rows.rows(), page, size, rows.total(), (int) ((rows.total() + size - 1) / size));
	}

	@PostMapping("/{selectionId}/submission")
	@Operation(summary = "Create cases from the selection's ready drafts",
			description = "Once per selection; drafts that need attention stay in the import.")
	ResponseEntity<Map<String, Integer>> submit(@AuthenticationPrincipal AccountUser user,
			@PathVariable UUID importId, @PathVariable UUID selectionId) {
		ReviewSelection selection = this.review.selection(user.caller(), importId, selectionId);
		return ResponseEntity.accepted().body(Map.of("approved", this.review.submit(user.caller(), selection)));
	}

	@GetMapping("/{selectionId}/outcomes")
	@Operation(summary = "How many of the selection's drafts have each fate so far")
	List<SelectionOutcome> outcomes(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@PathVariable UUID selectionId) {
		return this.review.outcomes(this.review.selection(user.caller(), importId, selectionId));
	}

	/**
	 * A selection as the API answers it.
	 *
	 * @param selectionId the selection
	 * @param importId its import
	 * @param size drafts chosen
	 * @param submitted whether it was submitted
	 * @param reviewPage the review page for it
	 */
	record SelectionView(UUID selectionId, UUID importId, long size, boolean submitted, String reviewPage) {

		static SelectionView of(ReviewSelection selection) {
			return new SelectionView(selection.selectionId(), selection.importId(), selection.size(),
					selection.submitted(),
					"/imports/" + selection.importId() + "/review?selection=" + selection.selectionId());
		}

	}

	/**
	 * A selection with its totals.
	 *
	 * @param selection the selection
	 * @param summary its totals
	 */
	record SummaryView(SelectionView selection, SelectionSummary summary) {

	}

	/**
	 * A page of rows.
	 *
	 * @param content the rows
	 * @param page the page, from 0
	 * @param size rows per page
	 * @param totalElements rows on all pages
	 * @param totalPages pages
	 */
	record RowsView(List<ReviewRow> content, int page, int size, long totalElements, int totalPages) {

	}

}
