package com.qbobridge.schemas.connector;

import java.util.Objects;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The connector finished reading an import: every invoice was published, or it stopped for a reason a creditor can
 * act on. Published after the import's last {@link InvoiceFetched}, on the same partition.
 *
 * @param metadata the envelope; {@code connectionId} and {@code importId} are set
 * @param succeeded whether every matching invoice was published
 * @param failureReason why it failed, {@code null} on success
 * @param detail a human-readable explanation of a failure
 * @param pagesFetched pages read
 * @param invoicesFetched invoices published (downstream can wait for exactly this many)
 * @param changedDuringImport invoices of the import's range that QuickBooks changed while it ran (paid, voided,
 * edited or created), whose published state may be out of date; {@code null} when not known (producers before this
 * field, failed imports)
 */
public record ImportCompleted(EventMetadata metadata, boolean succeeded, @Nullable ImportFailureReason failureReason,
		@Nullable String detail, int pagesFetched, long invoicesFetched,
		@Nullable Long changedDuringImport) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("ImportCompleted", 1, ImportCompleted.class);

	public ImportCompleted {
		Objects.requireNonNull(metadata, "metadata must not be null");
		if (succeeded == (failureReason != null)) {
			throw new IllegalArgumentException("failureReason must be set exactly when the import failed");
		}
		if (changedDuringImport != null && changedDuringImport < 0) {
			throw new IllegalArgumentException("changedDuringImport must not be negative");
		}
	}

	/**
	 * A completion that does not say how many invoices changed while the import ran.
	 * @param metadata the envelope
	 * @param succeeded whether every matching invoice was published
	 * @param failureReason why it failed, {@code null} on success
	 * @param detail a human-readable explanation of a failure
	 * @param pagesFetched pages read
	 * @param invoicesFetched invoices published
	 */
	public ImportCompleted(EventMetadata metadata, boolean succeeded, @Nullable ImportFailureReason failureReason,
			@Nullable String detail, int pagesFetched, long invoicesFetched) {
		this(metadata, succeeded, failureReason, detail, pagesFetched, invoicesFetched, null);
	}

}
