package com.qbobridge.imports.drafts;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.qbobridge.imports.jobs.ImportDiscarded;
import com.qbobridge.imports.jobs.ImportJobChanged;
import com.qbobridge.imports.jobs.ImportRetried;
import com.qbobridge.imports.jobs.ImportsProperties;
import com.qbobridge.imports.report.ImportReport;
import com.qbobridge.imports.report.InvoiceFate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expiry and disposal: deletes drafts that will never become cases (expired, of a discarded import, of a retried
 * import) and writes their fates into the report in the same transaction.
 */
@Component
public class DraftDisposal {

	private static final Logger logger = LoggerFactory.getLogger(DraftDisposal.class);

	private final Drafts drafts;

	private final ImportReport report;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final ImportsProperties properties;

	private final Clock clock;

	DraftDisposal(Drafts drafts, ImportReport report, ApplicationEventPublisher events,
			TransactionTemplate transactions, ImportsProperties properties, Clock clock) {
		this.drafts = drafts;
		this.report = report;
		this.events = events;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Deletes drafts older than the retention period, on a schedule, and folds the drafts' counted changes.
	 */
	@Scheduled(fixedDelayString = "${pipeline.imports.purge-interval:1h}",
			initialDelayString = "${pipeline.imports.purge-interval:1h}")
	public void purgeExpired() {
		purgeReceivedBefore(this.clock.instant().minus(this.properties.draftRetention()));
		this.drafts.foldCounts();
	}

	/**
	 * Deletes the drafts received before a point in time and notes it in their imports' reports, in one
	 * transaction (a programmatic one: a scheduled method calling an annotated one on itself would bypass the
	 * proxy, and the drafts would go without their fates).
	 * @param cutoff drafts received before this are deleted
	 * @return how many drafts were deleted
	 */
	public int purgeReceivedBefore(Instant cutoff) {
		Integer purged = this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			List<Drafts.Expired> expired = this.drafts.deleteReceivedBefore(cutoff);
			Set<UUID> touched = new LinkedHashSet<>();
			for (Drafts.Expired draft : expired) {
				if (draft.state() != DraftState.APPROVED) {
					this.report.changeFate(draft.importId(), draft.invoiceId(), InvoiceFate.EXPIRED, "Not approved within "
							+ this.properties.draftRetention().toDays() + " days; the draft was deleted.", null, now);
				}
				touched.add(draft.importId());
			}
			touched.forEach((importId) -> this.events.publishEvent(new ImportJobChanged(importId)));
			return expired.size();
		});
		if (purged != null && purged > 0) {
			logger.info("Deleted {} drafts received before {}", purged, cutoff);
		}
		return (purged != null) ? purged : 0;
	}

	@EventListener
	void on(ImportDiscarded event) {
		for (String invoiceId : this.drafts.deleteUnapproved(event.importId())) {
			this.report.changeFate(event.importId(), invoiceId, InvoiceFate.DISCARDED, "The import was discarded.",
					null, event.at());
		}
	}

	@EventListener
	void on(ImportRetried event) {
		for (String invoiceId : this.drafts.deleteUnapproved(event.failedImportId())) {
			this.report.changeFate(event.failedImportId(), invoiceId, InvoiceFate.RETRIED,
					"Imported again by retry " + event.retryImportId() + ".", null, event.at());
		}
	}

}
