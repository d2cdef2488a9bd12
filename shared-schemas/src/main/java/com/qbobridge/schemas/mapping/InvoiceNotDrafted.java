package com.qbobridge.schemas.mapping;

import java.util.Objects;
import java.util.UUID;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Mapping could not turn a fetched invoice into any draft (the record was unreadable or broke its contract) and sent
 * it to the dead-letter topic. import-service counts it as the invoice's fate, so an import's counts still add up
 * and the creditor sees why one invoice has no draft.
 *
 * @param metadata the envelope; {@code connectionId} and {@code importId} are those of the import concerned
 * @param failedEventId the id of the record that could not be drafted, when it could be read
 * @param invoiceId the QuickBooks invoice id, when it could be read
 * @param docNumber the invoice number, when it could be read
 * @param sequence the invoice's position within its import, when it could be read, else {@code -1}
 * @param reason why, in words
 */
public record InvoiceNotDrafted(EventMetadata metadata, @Nullable UUID failedEventId, @Nullable String invoiceId,
		@Nullable String docNumber, long sequence, String reason) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("InvoiceNotDrafted", 1, InvoiceNotDrafted.class);

	public InvoiceNotDrafted {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(reason, "reason must not be null");
		Objects.requireNonNull(metadata.importId(), "metadata.importId must not be null");
	}

}
