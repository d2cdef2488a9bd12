package com.qbobridge.schemas.connector;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.mapping.SourceReference;
import org.jspecify.annotations.Nullable;

/**
 * An invoice behind a case changed in QuickBooks (found by a webhook or by change data capture). Published once per
 * new invoice version; consumers apply it only when it is newer than what they applied ({@code source.syncToken},
 * then {@code changedAt}).
 *
 * @param metadata the envelope; {@code connectionId} is set, {@code importId} is not
 * @param caseId the case the invoice backs
 * @param source the invoice, with its new {@code syncToken}
 * @param change what happened
 * @param balance the new open balance; {@code null} when the invoice was deleted
 * @param total the new total; {@code null} when the invoice was deleted
 * @param previousBalance the balance last seen by the connector, when known
 * @param changedAt QuickBooks' {@code MetaData.LastUpdatedTime} of the new version
 */
public record InvoiceChanged(EventMetadata metadata, UUID caseId, SourceReference source, InvoiceChange change,
		@Nullable BigDecimal balance, @Nullable BigDecimal total, @Nullable BigDecimal previousBalance,
		Instant changedAt) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("InvoiceChanged", 1, InvoiceChanged.class);

	public InvoiceChanged {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(caseId, "caseId must not be null");
		Objects.requireNonNull(source, "source must not be null");
		Objects.requireNonNull(change, "change must not be null");
		Objects.requireNonNull(changedAt, "changedAt must not be null");
	}

}
