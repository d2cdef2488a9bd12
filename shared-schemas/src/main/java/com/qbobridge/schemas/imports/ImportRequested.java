package com.qbobridge.schemas.imports;

import java.time.LocalDate;
import java.util.Objects;

import com.qbobridge.schemas.Contract;
import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventMetadata;
import org.jspecify.annotations.Nullable;

/**
 * A creditor asked to import the unpaid invoices of one connection whose chosen date falls in a range. Both bounds
 * are inclusive and optional. {@code metadata.connectionId} and {@code metadata.importId} are always set.
 *
 * @param metadata the envelope
 * @param dateField the date the range applies to
 * @param from first day included, or open
 * @param to last day included, or open
 */
public record ImportRequested(EventMetadata metadata, DateField dateField, @Nullable LocalDate from,
		@Nullable LocalDate to) implements Event {

	/** Contract name and version. */
	public static final Contract CONTRACT = new Contract("ImportRequested", 1, ImportRequested.class);

	public ImportRequested {
		Objects.requireNonNull(metadata, "metadata must not be null");
		Objects.requireNonNull(dateField, "dateField must not be null");
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("from must not be after to");
		}
	}

}
