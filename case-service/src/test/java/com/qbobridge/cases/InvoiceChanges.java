package com.qbobridge.cases;

import java.math.BigDecimal;
import java.time.Instant;

import com.qbobridge.cases.register.CollectionCase;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.connector.InvoiceChange;
import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.mapping.SourceReference;
import org.jspecify.annotations.Nullable;

/**
 * Builds invoice changes as connector-service sends them for the invoice behind a case.
 */
public final class InvoiceChanges {

	private InvoiceChanges() {
	}

	/**
	 * A change of the invoice behind a case, as a new event.
	 * @param approvals the account and connections the case belongs to
	 * @param behind the case
	 * @param change what happened
	 * @param syncToken the new version, {@code null} for a deletion
	 * @param balance the new balance, {@code null} for a deletion
	 * @param lastUpdated QuickBooks' LastUpdatedTime of the version
	 * @return the event
	 */
	public static InvoiceChanged of(Approvals approvals, CollectionCase behind, InvoiceChange change,
			@Nullable String syncToken, @Nullable BigDecimal balance, Instant lastUpdated) {
		SourceReference source = behind.source();
		return new InvoiceChanged(
				EventMetadata.first(InvoiceChanged.CONTRACT, approvals.accountId(), behind.origin().connectionId(),
						null),
				new SourceReference(source.system(), source.realmId(), source.invoiceId(), source.customerId(),
						syncToken),
				change, balance, (balance != null) ? behind.originalTotal() : null, behind.currency(), lastUpdated,
				InvoiceChanged.DetectedBy.WEBHOOK);
	}

	/**
	 * The same change delivered again under a new event id (the webhook and CDC both reported it).
	 * @param change the change
	 * @return a copy with a fresh envelope
	 */
	public static InvoiceChanged again(InvoiceChanged change) {
		EventMetadata metadata = change.metadata();
		return new InvoiceChanged(
				EventMetadata.first(InvoiceChanged.CONTRACT, metadata.accountId(), metadata.connectionId(), null),
				change.source(), change.change(), change.balance(), change.total(), change.currency(),
				change.lastUpdatedTime(), InvoiceChanged.DetectedBy.CHANGE_DATA_CAPTURE);
	}

}
