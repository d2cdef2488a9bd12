package com.qbobridge.connector.changes;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One invoice a webhook says changed: only identifiers, as Intuit sends them; the invoice itself is read afterwards.
 *
 * @param realmId the company
 * @param invoiceId the invoice
 * @param operation Intuit's operation ({@code Create}, {@code Update}, {@code Delete}, {@code Void}, ...)
 * @param lastUpdated when it changed, if the notice says
 */
public record ChangeNotice(String realmId, String invoiceId, String operation, @Nullable Instant lastUpdated) {

	public ChangeNotice {
		Objects.requireNonNull(realmId, "realmId must not be null");
		Objects.requireNonNull(invoiceId, "invoiceId must not be null");
		Objects.requireNonNull(operation, "operation must not be null");
	}

	/** Whether the invoice is gone and need not be read. */
	public boolean deletes() {
		return "Delete".equalsIgnoreCase(this.operation) || "deleted".equalsIgnoreCase(this.operation);
	}

}
