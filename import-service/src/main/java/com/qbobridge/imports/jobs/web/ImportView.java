package com.qbobridge.imports.jobs.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.qbobridge.imports.jobs.ImportFailure;
import com.qbobridge.imports.jobs.ImportJob;
import com.qbobridge.imports.jobs.ImportState;
import com.qbobridge.schemas.imports.DateField;
import org.jspecify.annotations.Nullable;

/**
 * An import as the API and the progress stream show it.
 *
 * @param importId the import
 * @param connectionId the connection it reads
 * @param dateField the date the range applies to
 * @param from first day included
 * @param to last day included
 * @param state where it stands
 * @param stateLabel the state in words
 * @param percent progress from 0 to 100
 * @param pagesFetched pages read from QuickBooks
 * @param invoicesFetched invoices read
 * @param totalInvoices matching invoices, when known
 * @param invoicesReported invoices whose draft or fate is recorded
 * @param requestedBy who started it
 * @param requestedAt when
 * @param updatedAt when it last changed
 * @param failure why it failed and what to do, if it failed
 * @param retryOf the failed import this one retries
 */
public record ImportView(UUID importId, UUID connectionId, DateField dateField, @Nullable LocalDate from,
		@Nullable LocalDate to, ImportState state, String stateLabel, int percent, int pagesFetched,
		long invoicesFetched, @Nullable Long totalInvoices, long invoicesReported, String requestedBy,
		Instant requestedAt, Instant updatedAt, @Nullable ImportFailure failure, @Nullable UUID retryOf) {

	/**
	 * The import's title as its page shows it: "all invoices", or which dates it covers.
	 * @return e.g. "all invoices", "invoices due from 2026-01-01 to 2026-03-31", "invoices dated until 2026-03-31"
	 */
	public String title() {
		if (this.from == null && this.to == null) {
			return "all invoices";
		}
		String which = (this.dateField == DateField.DUE_DATE) ? "invoices due" : "invoices dated";
		if (this.from != null && this.to != null) {
			return which + " from " + this.from + " to " + this.to;
		}
		return (this.from != null) ? which + " from " + this.from : which + " until " + this.to;
	}

	static ImportView of(ImportJob job) {
		return new ImportView(job.importId(), job.connectionId(), job.dateField(), job.from(), job.to(), job.state(),
				job.state().label(), job.percent(), job.pagesFetched(), job.invoicesFetched(), job.totalInvoices(),
				job.invoicesReported(), job.requestedBy(), job.requestedAt(), job.updatedAt(), job.failure(),
				job.retryOf());
	}

}
