package com.qbobridge.connector.changes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.schemas.connector.InvoiceChange;
import org.jspecify.annotations.Nullable;

/**
 * An invoice behind a case and the last version of it the connector applied. It decides what a new version means
 * for the case and remembers it.
 *
 * @param connectionId the connection the case came through
 * @param invoiceId the QuickBooks invoice
 * @param realmId the company
 * @param caseId the case it backs
 * @param syncToken the version applied last, {@code null} when not known
 * @param lastUpdated its {@code LastUpdatedTime}, {@code null} when not known
 * @param balance the balance applied last
 * @param total the total applied last
 * @param state whether the invoice is still open, or paid, voided or deleted
 */
public record WatchedInvoice(UUID connectionId, String invoiceId, String realmId, UUID caseId, @Nullable Long syncToken,
		@Nullable Instant lastUpdated, @Nullable BigDecimal balance, @Nullable BigDecimal total, State state) {

	/** Where the invoice stands for the connector. */
	public enum State {

		OPEN, PAID, VOIDED, DELETED

	}

	/**
	 * What a new version of the invoice means: nothing when it is not newer than the one applied or changes nothing
	 * a case cares about (the version is still remembered), else the change and the invoice as it is now.
	 * @param version the version QuickBooks reports
	 * @return the observation, empty when the version is old
	 */
	public Optional<Observation> observe(InvoiceVersion version) {
		if (this.state == State.DELETED || !version.isNewerThan(this.syncToken, this.lastUpdated)) {
			return Optional.empty();
		}
		Long token = (version.syncToken() >= 0) ? Long.valueOf(version.syncToken()) : this.syncToken;
		Instant updated = (version.lastUpdated() != null) ? version.lastUpdated() : this.lastUpdated;
		if (version.deleted()) {
			return Optional.of(new Observation(InvoiceChange.DELETED,
					new WatchedInvoice(this.connectionId, this.invoiceId, this.realmId, this.caseId, token, updated,
							this.balance, this.total, State.DELETED)));
		}
		BigDecimal balance = version.balance();
		BigDecimal total = version.total();
		State state = version.voided() ? State.VOIDED
				: (balance != null && balance.signum() == 0) ? State.PAID : State.OPEN;
		WatchedInvoice next = new WatchedInvoice(this.connectionId, this.invoiceId, this.realmId, this.caseId, token,
				updated, balance, total, state);
		return Optional.of(new Observation(changeTo(version, state), next));
	}

	private @Nullable InvoiceChange changeTo(InvoiceVersion version, State state) {
		if (state == State.VOIDED) {
			return (this.state == State.VOIDED) ? null : InvoiceChange.VOIDED;
		}
		if (state == State.PAID) {
			return (this.state == State.PAID) ? null : InvoiceChange.PAID;
		}
		if (differs(version.total(), this.total)) {
			return InvoiceChange.AMOUNT_CHANGED;
		}
		if (version.balance() != null && this.balance != null) {
			int direction = version.balance().compareTo(this.balance);
			if (direction < 0) {
				return InvoiceChange.PARTIALLY_PAID;
			}
			if (direction > 0) {
				// A balance that grows (a payment removed, an edit) is reported, never treated as a payment.
				return InvoiceChange.AMOUNT_CHANGED;
			}
		}
		return (this.state != State.OPEN) ? InvoiceChange.AMOUNT_CHANGED : null;
	}

	private static boolean differs(@Nullable BigDecimal now, @Nullable BigDecimal before) {
		return now != null && before != null && now.compareTo(before) != 0;
	}

	/**
	 * A new version of a watched invoice.
	 *
	 * @param change what it means for the case, {@code null} when nothing a case cares about changed
	 * @param invoice the watched invoice with this version applied
	 */
	public record Observation(@Nullable InvoiceChange change, WatchedInvoice invoice) {
	}

}
