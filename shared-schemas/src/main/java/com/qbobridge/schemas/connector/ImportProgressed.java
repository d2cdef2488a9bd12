package com.qbobridge.schemas.connector;

import java.util.Objects;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import org.jspecify.annotations.Nullable;

/**
 * How far the connector got with an import, after each page read from QuickBooks.
 *
 * @param metadata the envelope; {@code connectionId} and {@code importId} are set
 * @param pagesFetched pages read so far
 * @param invoicesFetched invoices published so far
 * @param totalInvoices how many unpaid invoices match, from a {@code count(*)} query, when known
 */
public record ImportProgressed(EventMetadata metadata, int pagesFetched, long invoicesFetched,
		@Nullable Long totalInvoices) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("ImportProgressed", 1, ImportProgressed.class);

	public ImportProgressed {
		Objects.requireNonNull(metadata, "metadata must not be null");
	}

}
