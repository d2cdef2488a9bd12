package com.qbobridge.imports.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.qbobridge.schemas.imports.DateField;
import org.jspecify.annotations.Nullable;

/**
 * One bulk import: the filter it was asked with, how far it got and how it ended.
 *
 * @param importId the job id, also the events' {@code importId}
 * @param accountId the creditor account
 * @param connectionId the QuickBooks connection it reads
 * @param dateField which date the range applies to
 * @param from first day included, or open
 * @param to last day included, or open
 * @param state where it stands
 * @param requestedBy the user who started it
 * @param requestedAt when it was started
 * @param updatedAt when it last changed
 * @param correlationId shared by every event the import causes
 * @param pagesFetched pages read from QuickBooks so far
 * @param invoicesFetched invoices read so far (the final count once the fetch completed)
 * @param totalInvoices how many invoices match, when the connector knows
 * @param fetchCompleted whether the connector finished reading
 * @param failureReason why it failed, if it did
 * @param failureDetail the connector's explanation of a failure
 * @param retryOf the failed import this one retries
 * @param invoicesReported invoices whose draft or fate is recorded
 */
public record ImportJob(UUID importId, String accountId, UUID connectionId, DateField dateField,
		@Nullable LocalDate from, @Nullable LocalDate to, ImportState state, String requestedBy, Instant requestedAt,
		Instant updatedAt, UUID correlationId, int pagesFetched, long invoicesFetched, @Nullable Long totalInvoices,
		boolean fetchCompleted, @Nullable FailureReason failureReason, @Nullable String failureDetail,
		@Nullable UUID retryOf, long invoicesReported) {

	/**
	 * How far the import got, for the progress bar: fetching and drafting each count for half, and only a ready
	 * import is at 100.
	 * @return 0 to 100
	 */
	public int percent() {
		if (this.state == ImportState.READY) {
			return 100;
		}
		Long total = this.fetchCompleted ? Long.valueOf(this.invoicesFetched) : this.totalInvoices;
		if (total == null || total <= 0) {
			return (this.state == ImportState.REQUESTED) ? 0 : 5;
		}
		long done = Math.min(this.invoicesFetched, total) + Math.min(this.invoicesReported, total);
		return (int) Math.min(99, (done * 100) / (2 * total));
	}

	/**
	 * Checks that the creditor may still change the import's drafts.
	 * @param doing what the creditor tries, in words ("changed", "approved")
	 * @return this import
	 * @throws ImportStateConflict if the import was discarded
	 */
	public ImportJob requireDraftsOpen(String doing) {
		if (this.state == ImportState.DISCARDED) {
			throw new ImportStateConflict("The import was discarded; its drafts can no longer be " + doing + ".");
		}
		return this;
	}

	/**
	 * Where a running import whose fetch completed goes next: {@code READY} once every fetched invoice has its fate
	 * recorded, else {@code MAPPING}; other imports stay where they are.
	 * @return the next state
	 */
	public ImportState settled() {
		if (!this.state.running() || !this.fetchCompleted) {
			return this.state;
		}
		return (this.invoicesReported >= this.invoicesFetched) ? ImportState.READY : ImportState.MAPPING;
	}

	/**
	 * Why the import failed, in words.
	 * @return the failure, or {@code null} if it did not fail
	 */
	public @Nullable ImportFailure failure() {
		return (this.failureReason != null) ? ImportFailure.of(this.failureReason, this.failureDetail) : null;
	}

}
