package com.qbobridge.imports.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.drafts.DraftApproval;
import com.qbobridge.imports.drafts.DraftState;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportJobLifecycle;
import com.qbobridge.imports.jobs.ImportState;
import com.qbobridge.imports.jobs.ImportStateConflict;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Review and submit for a stored selection: it checks the import is the caller's, reads the selection's totals and
 * pages, and hands its ready drafts to the import's approval in one call.
 */
@Service
public class ReviewManagement {

	// A selection lives as long as a review session reasonably does; the drafts themselves stay in their import.
	private static final Duration KEPT_FOR = Duration.ofDays(1);

	private final ImportJobLifecycle imports;

	private final DraftApproval drafts;

	private final ReviewSelections selections;

	private final Clock clock;

	ReviewManagement(ImportJobLifecycle imports, DraftApproval drafts, ReviewSelections selections, Clock clock) {
		this.imports = imports;
		this.drafts = drafts;
		this.selections = selections;
		this.clock = clock;
	}

	/**
	 * Stores a choice of drafts of one of the account's imports.
	 * @param caller who chooses, must not be null
	 * @param importId the import
	 * @param choice which drafts, must not be null
	 * @return the selection, with how many drafts it holds
	 * @throws com.qbobridge.imports.jobs.ImportNotFound if the account has no such import
	 */
	@Transactional
	public ReviewSelection select(Caller caller, UUID importId, SelectionChoice choice) {
		Assert.notNull(choice, "choice must not be null");
		ImportJob job = this.imports.get(caller, importId);
		Instant now = this.clock.instant();
		this.selections.forgetCreatedBefore(now.minus(KEPT_FOR));
		return this.selections.create(job.importId(), job.accountId(), caller.username(), choice, now);
	}

	/**
	 * One of the account's selections.
	 * @param caller who asks, must not be null
	 * @param importId the import
	 * @param selectionId the selection
	 * @return the selection
	 * @throws SelectionNotFound if the account has no such selection for the import
	 */
	public ReviewSelection selection(Caller caller, UUID importId, UUID selectionId) {
		ImportJob job = this.imports.get(caller, importId);
		return this.selections.find(job.accountId(), importId, selectionId)
			.orElseThrow(() -> new SelectionNotFound(selectionId));
	}

	/**
	 * The selection's totals.
	 * @param selection the selection, must not be null
	 * @return what a submit would send
	 */
	@Transactional(readOnly = true)
	public SelectionSummary summary(ReviewSelection selection) {
		return this.selections.summary(selection);
	}

	/**
	 * One page of the selection's drafts.
	 * @param selection the selection, must not be null
	 * @param state only drafts in this state, if given
	 * @param code only drafts with this rule code among their issues, if given
	 * @param page from 0
	 * @param size rows per page
	 * @return the page and how many rows match
	 */
	@Transactional(readOnly = true)
	public RowPage rows(ReviewSelection selection, @Nullable DraftState state, @Nullable String code, int page,
			int size) {
		return new RowPage(this.selections.rows(selection, state, code, page, size),
				this.selections.count(selection, state, code));
	}

	/**
	 * Approves every ready draft of the selection, once: they become case-draft-approved events as a single
	 * approval; drafts that still need attention stay for later.
	 * @param caller who submits, must not be null
	 * @param selection the selection, must not be null
	 * @return how many drafts were approved
	 * @throws NothingToSubmit if the selection was already submitted or has no ready draft
	 */
	@Transactional
	public int submit(Caller caller, ReviewSelection selection) {
		ImportJob job = this.imports.get(caller, selection.importId());
		if (job.state() == ImportState.DISCARDED) {
			throw new ImportStateConflict("The import was discarded; its drafts can no longer be approved.");
		}
		List<UUID> ready = this.selections.readyDraftIds(selection);
		if (ready.isEmpty()) {
			throw new NothingToSubmit("The selection has no ready draft to submit.");
		}
		if (!this.selections.markSubmitted(selection.selectionId(), this.clock.instant())) {
			throw new NothingToSubmit("The selection was already submitted.");
		}
		return this.drafts.approveCounting(caller, selection.importId(), ready);
	}

	/**
	 * How many of the selection's drafts have each fate so far (created, already a case, waiting, refused).
	 * @param selection the selection, must not be null
	 * @return the count per fate
	 */
	public List<SelectionOutcome> outcomes(ReviewSelection selection) {
		return this.selections.outcomes(selection);
	}

	/**
	 * A page of rows and the number of rows on all pages.
	 *
	 * @param rows the rows of the page
	 * @param total rows matching the filter
	 */
	public record RowPage(List<ReviewRow> rows, long total) {

	}

}
