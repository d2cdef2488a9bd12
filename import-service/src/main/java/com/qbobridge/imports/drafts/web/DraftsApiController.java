package com.qbobridge.imports.drafts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.qbobridge.imports.accounts.AccountUser;
import com.qbobridge.imports.drafts.DraftApproval;
import com.qbobridge.imports.drafts.DraftFix;
import com.qbobridge.imports.drafts.DraftQuery;
import com.qbobridge.imports.drafts.DraftReview;
import com.qbobridge.imports.drafts.DraftState;
import com.qbobridge.imports.drafts.StoredDraft;
import com.qbobridge.imports.web.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The drafts API: one import's drafts paged, one draft, fixes and approvals, for the signed-in account only.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Bulk imports of unpaid QuickBooks invoices, their drafts and reports")
class DraftsApiController {

	private final DraftReview review;

	private final DraftApproval approval;

	private final Clock clock;

	DraftsApiController(DraftReview review, DraftApproval approval, Clock clock) {
		this.review = review;
		this.approval = approval;
		this.clock = clock;
	}

	@GetMapping("/{importId}/drafts")
	@Operation(summary = "One page of the import's drafts, filtered and sorted",
			description = "Filtering, sorting and paging happen in the database; counts are per status, whatever the filter.")
	DraftPageView drafts(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@Parameter(description = "ready, needs-attention, approved or all") @RequestParam(
					defaultValue = "all") String status,
			@Parameter(description = "invoiceNumber, debtor, amount, dueDate, daysOverdue, status or sequence") @RequestParam(
					defaultValue = "sequence") String sort,
			@Parameter(description = "asc or desc") @RequestParam(defaultValue = "asc") String direction,
			@Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "drafts per page, 1 to 500") @RequestParam(defaultValue = "50") int size) {
		List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new InvalidRequest.FieldProblem("page", "must be 0 or more"));
		}
		if (size < 1 || size > DraftQuery.MAX_SIZE) {
			problems.add(new InvalidRequest.FieldProblem("size", "must be between 1 and " + DraftQuery.MAX_SIZE));
		}
		boolean descending = "desc".equalsIgnoreCase(direction);
		if (!descending && !"asc".equalsIgnoreCase(direction)) {
			problems.add(new InvalidRequest.FieldProblem("direction", "must be asc or desc"));
		}
		DraftState wanted = statusFilter(status, problems);
		DraftQuery.Sort order = order(sort, problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		DraftQuery query = new DraftQuery(wanted, order, descending, page, size);
		return DraftPageView.of(this.review.drafts(user.caller(), importId, query), query, LocalDate.now(this.clock));
	}

	@GetMapping("/{importId}/drafts/ids")
	@Operation(summary = "The ids of every draft of the import with a status, on every page",
			description = "What \"Select all ready\" selects.")
	List<UUID> draftIds(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@Parameter(description = "ready, needs-attention or approved") @RequestParam(
					defaultValue = "ready") String status) {
		List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
		DraftState wanted = statusFilter(status, problems);
		if (wanted == null) {
			problems.add(new InvalidRequest.FieldProblem("status", "must be one of ready, needs-attention, approved"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		return this.review.draftIds(user.caller(), importId, wanted);
	}

	@GetMapping("/{importId}/drafts/{draftId}")
	@Operation(summary = "One draft with every case field")
	DraftView draft(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@PathVariable UUID draftId) {
		return DraftView.of(this.review.draft(user.caller(), importId, draftId), LocalDate.now(this.clock));
	}

	@PutMapping("/{importId}/drafts/{draftId}")
	@Operation(summary = "Fix a draft and re-validate it with mapping's rules",
			description = "Replaces the editable fields; the answer says whether it is now ready or still needs attention.")
	DraftView fix(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId, @PathVariable UUID draftId,
			@Valid @RequestBody DraftFix fix) {
		return DraftView.of(this.review.fix(user.caller(), importId, draftId, fix), LocalDate.now(this.clock));
	}

	@PostMapping("/{importId}/approvals")
	@Operation(summary = "Approve drafts: each becomes a case-draft-approved event for case-service",
			description = "Either draftIds or allReady (every ready draft, on every page). All or nothing: 409 lists the drafts that cannot be approved.")
	ResponseEntity<List<DraftView>> approve(@AuthenticationPrincipal AccountUser user, @PathVariable UUID importId,
			@Valid @RequestBody ApprovalRequest request) {
		List<UUID> draftIds = request.draftIds();
		boolean listed = draftIds != null && !draftIds.isEmpty();
		if (request.approvesAllReady() == listed) {
			throw new InvalidRequest(List.of(new InvalidRequest.FieldProblem("draftIds",
					"list the drafts to approve, or send allReady true without draftIds")));
		}
		LocalDate today = LocalDate.now(this.clock);
		List<StoredDraft> chosen = listed ? this.approval.approve(user.caller(), importId, draftIds)
				: this.approval.approveAllReady(user.caller(), importId);
		List<DraftView> approved = chosen
			.stream()
			.map((draft) -> DraftView.of(draft, today))
			.toList();
		return ResponseEntity.accepted().body(approved);
	}

	private static @Nullable DraftState statusFilter(String status, List<InvalidRequest.FieldProblem> problems) {
		return switch (status.toLowerCase(Locale.ROOT)) {
			case "all" -> null;
			case "ready" -> DraftState.READY;
			case "needs-attention", "needs_attention" -> DraftState.NEEDS_ATTENTION;
			case "approved" -> DraftState.APPROVED;
			default -> {
				problems.add(new InvalidRequest.FieldProblem("status",
						"must be one of all, ready, needs-attention, approved"));
				yield null;
			}
		};
	}

	private static DraftQuery.Sort order(String sort, List<InvalidRequest.FieldProblem> problems) {
		return switch (sort) {
			case "sequence" -> DraftQuery.Sort.SEQUENCE;
			case "invoiceNumber" -> DraftQuery.Sort.INVOICE_NUMBER;
			case "debtor" -> DraftQuery.Sort.DEBTOR;
			case "amount" -> DraftQuery.Sort.AMOUNT;
			case "dueDate" -> DraftQuery.Sort.DUE_DATE;
			case "daysOverdue" -> DraftQuery.Sort.DAYS_OVERDUE;
			case "status" -> DraftQuery.Sort.STATUS;
			default -> {
				problems.add(new InvalidRequest.FieldProblem("sort",
						"must be one of sequence, invoiceNumber, debtor, amount, dueDate, daysOverdue, status"));
				yield DraftQuery.Sort.SEQUENCE;
			}
		};
	}

}
