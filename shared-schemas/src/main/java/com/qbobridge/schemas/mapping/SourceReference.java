package com.qbobridge.schemas.mapping;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where a draft or case came from, so that it can be traced back to the QuickBooks invoice and de-duplicated.
 *
 * @param system the source system, {@code QUICKBOOKS_ONLINE}
 * @param realmId the QuickBooks company id
 * @param invoiceId the QuickBooks invoice id
 * @param customerId the QuickBooks customer id
 * @param syncToken the invoice version the draft was made from
 */
public record SourceReference(String system, String realmId, String invoiceId, @Nullable String customerId,
		@Nullable String syncToken) {

	/** The only source system so far. */
	public static final String QUICKBOOKS_ONLINE = "QUICKBOOKS_ONLINE";

	public SourceReference {
		Objects.requireNonNull(system, "system must not be null");
		Objects.requireNonNull(realmId, "realmId must not be null");
		Objects.requireNonNull(invoiceId, "invoiceId must not be null");
	}

}
