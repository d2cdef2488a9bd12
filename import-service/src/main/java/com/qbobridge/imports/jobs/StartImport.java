package com.qbobridge.imports.jobs;

import java.time.LocalDate;
import java.util.UUID;

import com.qbobridge.schemas.imports.DateField;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A creditor's request to import a connection's unpaid invoices whose chosen date falls in a range.
 *
 * @param connectionId the connection to read, must not be null
 * @param dateField the date the range applies to, must not be null
 * @param from first day included, or open
 * @param to last day included, or open; not before {@code from}
 */
public record StartImport(UUID connectionId, DateField dateField, @Nullable LocalDate from, @Nullable LocalDate to) {

	public StartImport {
		Assert.notNull(connectionId, "connectionId must not be null");
		Assert.notNull(dateField, "dateField must not be null");
		Assert.isTrue(from == null || to == null || !from.isAfter(to), "from must not be after to");
	}

}
