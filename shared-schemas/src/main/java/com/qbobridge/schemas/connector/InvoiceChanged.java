package com.qbobridge.schemas.connector;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.mapping.SourceReference;
import org.jspecify.annotations.Nullable;

/**
 * An invoice that backs a collection case changed in QuickBooks (a webhook or Change Data Capture told the connector):
 * paid, part-paid, voided, deleted or edited. Deliveries repeat and arrive out of order (a webhook and CDC report the
 * same version; a retried webhook overtakes a later one): a consumer applies a change only when its version is newer
 * than the last one it applied, by {@code source.syncToken} (QuickBooks' optimistic-locking counter, a decimal integer
 * that grows with every edit), and by {@code lastUpdatedTime} when a token is missing (a deletion) or equal.
 * Keyed by connection + invoice ({@code Topics.invoiceKey}), so one invoice's changes stay on one partition.
 *
 * @param metadata the envelope; {@code accountId} and {@code connectionId} are the connection's, {@code importId} is
 * empty
 * @param source the invoice: system, realm, invoice id, customer id, and in {@code syncToken} the version this event
 * describes (required except for {@link InvoiceChange#DELETED}, where QuickBooks reports no token)
 * @param change what happened
 * @param balance the open balance now ({@code Balance}); {@code null} only for a deletion
 * @param total the invoice total now ({@code TotalAmt}); {@code null} only for a deletion
 * @param currency ISO 4217 code of the amounts ({@code CurrencyRef}), {@code null} when the company has no
 * multicurrency
 * @param lastUpdatedTime QuickBooks' {@code MetaData.LastUpdatedTime} of this version (for a deletion, when it was
 * deleted)
 * @param detectedBy how the connector learnt of it
 */
public record InvoiceChanged(EventMetadata metadata, SourceReference source, InvoiceChange change,
		@Nullable BigDecimal balance, @Nullable BigDecimal total, @Nullable String currency, Instant lastUpdatedTime,
		@Nullable DetectedBy detectedBy) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("InvoiceChanged", 1, InvoiceChanged.class);

	public InvoiceChanged {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(source, "source must not be null");
		Objects.requireNonNull(change, "change must not be null");
		Objects.requireNonNull(lastUpdatedTime, "lastUpdatedTime must not be null");
		if (change != InvoiceChange.DELETED) {
			Objects.requireNonNull(source.syncToken(), "source.syncToken must not be null unless DELETED");
			Objects.requireNonNull(balance, "balance must not be null unless DELETED");
		}
	}

	/**
	 * How the connector learnt of a change.
	 */
	public enum DetectedBy {

		/** An Intuit webhook notification, signature verified. */
		WEBHOOK,

		/** The scheduled Change Data Capture poll. */
		CHANGE_DATA_CAPTURE,

		/** The invoice re-read because the connection was away longer than CDC looks back (30 days). */
		REREAD

	}

}
