package com.qbobridge.connector.changes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One version of an invoice as QuickBooks reports it: a full entity from a query or change data capture, a
 * {@code status: Deleted} stub, or a webhook's delete notice.
 *
 * @param invoiceId the invoice id
 * @param syncToken the version number, {@code -1} when unknown (deletes)
 * @param lastUpdated {@code MetaData.LastUpdatedTime}
 * @param balance the open balance, {@code null} when deleted
 * @param total the total, {@code null} when deleted
 * @param customerId the customer, when known
 * @param currency the invoice's currency ({@code CurrencyRef}), when QuickBooks gives one
 * @param voided whether QuickBooks voided it (zero amounts, note "Voided")
 * @param deleted whether it no longer exists
 */
public record InvoiceVersion(String invoiceId, long syncToken, @Nullable Instant lastUpdated,
		@Nullable BigDecimal balance, @Nullable BigDecimal total, @Nullable String customerId,
		@Nullable String currency, boolean voided, boolean deleted) {

	public InvoiceVersion {
		Objects.requireNonNull(invoiceId, "invoiceId must not be null");
	}

	/** An invoice that is gone, as a delete notice or a query that no longer finds it reports it. */
	public static InvoiceVersion deleted(String invoiceId, @Nullable Instant at) {
		return new InvoiceVersion(invoiceId, -1, at, null, null, null, null, false, true);
	}

	/**
	 * Reads an {@code Invoice} object of Intuit's JSON, or the stub change data capture returns for a deleted one.
	 * @param invoice the object
	 * @return its version
	 */
	public static InvoiceVersion of(JsonNode invoice) {
		String id = invoice.path("Id").asString();
		Instant updated = time(invoice.path("MetaData").path("LastUpdatedTime"));
		if ("Deleted".equalsIgnoreCase(invoice.path("status").asString(""))) {
			return deleted(id, updated);
		}
		BigDecimal total = decimal(invoice.get("TotalAmt"));
		String note = invoice.path("PrivateNote").asString("");
		boolean voided = total != null && total.signum() == 0 && note.startsWith("Voided");
		String customer = invoice.path("CustomerRef").path("value").asString(null);
		String currency = invoice.path("CurrencyRef").path("value").asString(null);
		return new InvoiceVersion(id, invoice.path("SyncToken").asLong(-1), updated, decimal(invoice.get("Balance")),
				total, customer, currency, voided, false);
	}

	/**
	 * Whether this version is newer than the one applied last: a higher {@code SyncToken}, or for equal or unknown
	 * tokens a later {@code LastUpdatedTime}. Deletes are newer than any living version.
	 * @param appliedToken the token applied last, {@code null} when none
	 * @param appliedAt the time applied last, {@code null} when none
	 * @return whether to apply it
	 */
	public boolean isNewerThan(@Nullable Long appliedToken, @Nullable Instant appliedAt) {
		if (this.deleted) {
			return true;
		}
		if (appliedToken != null && this.syncToken >= 0 && this.syncToken != appliedToken) {
			return this.syncToken > appliedToken;
		}
		if (appliedAt == null || this.lastUpdated == null) {
			return appliedToken == null || this.syncToken > appliedToken;
		}
		return this.lastUpdated.isAfter(appliedAt);
	}

	private static @Nullable BigDecimal decimal(@Nullable JsonNode node) {
		return (node == null || node.isNull() || !node.isNumber()) ? null : node.decimalValue();
	}

	private static @Nullable Instant time(JsonNode node) {
		String text = node.asString("");
		if (text.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

}
