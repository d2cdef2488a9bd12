package com.qbobridge.connector.invoices;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How many imports run at the same time in one instance, when a silent import counts as abandoned and how often it
 * is fetched again, and how long a page of invoices may take to be handed on.
 *
 * @param workers imports fetched in parallel; each runs its pages one after the other
 * @param lease how long a running import may go without a heartbeat before it is considered abandoned (its worker
 * died with its instance) and fetched again by another; the instance that holds an import renews its heartbeat every
 * {@code keepAliveInterval} however long a QuickBooks call takes, so the lease only needs to outlast a few missed
 * renewals, and it is how long an import of a dead instance waits before it resumes
 * @param sweepInterval how often abandoned imports are looked for
 * @param keepAliveInterval how often this instance renews the lease of the imports it runs or has queued for a
 * worker thread; shorter than half the lease
 * @param maxAttempts how many times an import is fetched in all (the first time included) before an abandoned one is
 * failed instead of fetched again, so that an import that kills its instance every time ends
 * @param handOffTimeout how long a page's {@code InvoiceFetched} records may wait for the broker's acknowledgement
 * before the import fails
 * @param maxRecordSize the largest {@code InvoiceFetched} record published as read; a larger one (QuickBooks sent
 * texts far over Intuit's field limits) has its longest texts shortened and listed in {@code truncatedFields};
 * well below the producer's {@code max.request.size} and the topic's {@code max.message.bytes} (1 MiB by default)
 * @param callThreads threads of one import that wait for QuickBooks (next pages, customer batches, range ends); at
 * most the company's concurrent calls (the bulkhead), so that an import never queues its own calls behind each other
 * and a retried call is not held up long enough to look like the app's exhausted monthly allowance
 */
@Validated
@ConfigurationProperties("pipeline.connector.imports")
public record ImportsProperties(@Min(1) @Max(64) int workers, @NotNull Duration lease, @NotNull Duration sweepInterval,
		@DefaultValue("20s") @NotNull Duration keepAliveInterval, @DefaultValue("30s") @NotNull Duration handOffTimeout,
		@DefaultValue("256KB") @NotNull DataSize maxRecordSize, @DefaultValue("10") @Min(1) @Max(10) int callThreads,
		@DefaultValue("3") @Min(1) @Max(100) int maxAttempts) {

	/** A quarter of Kafka's default 1 MiB request and message size: room for headers and for a page of such records. */
	static final DataSize DEFAULT_MAX_RECORD_SIZE = DataSize.ofKilobytes(256);

	public ImportsProperties {
		if (lease != null && keepAliveInterval != null) {
			Assert.isTrue(keepAliveInterval.multipliedBy(2).compareTo(lease) < 0,
					"keep-alive-interval must be shorter than half the lease");
		}
	}

}
