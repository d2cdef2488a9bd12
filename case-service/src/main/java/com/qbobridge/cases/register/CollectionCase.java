package com.qbobridge.cases.register;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.schemas.cases.CaseChange;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.connector.InvoiceChange;
import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.SourceReference;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A claim a creditor hands to collection: what is owed, by whom, under which jurisdiction, and which QuickBooks
 * invoice it came from.
 *
 * @param id the case id
 * @param accountId the creditor account that owns the case
 * @param draftId the draft it was created from
 * @param creditorReference the invoice number, unique per account
 * @param caseDate the invoice date
 * @param dueDate the invoice due date
 * @param amountToRecover the open balance to collect
 * @param originalTotal the invoice total, for reference
 * @param currency ISO 4217 code
 * @param debtor who owes the money
 * @param jurisdiction ISO 3166-1 alpha-2 country whose rules apply
 * @param source the QuickBooks invoice behind the case
 * @param origin the approval that created it
 * @param status where the case stands
 * @param createdAt when the case was stored
 * @param updatedAt when the case last changed
 * @param submittedAt when {@code case.created} reached the broker, handing the case to collection
 * @param quickBooksBalance the invoice's balance as QuickBooks last reported it (the open balance when drafted until
 * a change arrives); above {@code amountToRecover} when a grown balance was recorded but not applied
 * @param sourceUpdatedAt QuickBooks' {@code LastUpdatedTime} of the last invoice version applied ({@code
 * source.syncToken} being its token); {@code null} until a change arrived
 */
public record CollectionCase(CaseId id, String accountId, UUID draftId, String creditorReference, LocalDate caseDate,
		LocalDate dueDate, BigDecimal amountToRecover, @Nullable BigDecimal originalTotal, String currency,
		Debtor debtor, String jurisdiction, SourceReference source, CaseOrigin origin, CaseStatus status,
		Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt, @Nullable BigDecimal quickBooksBalance,
		@Nullable Instant sourceUpdatedAt) {

	public CollectionCase {
		Assert.notNull(id, "id must not be null");
		Assert.hasText(accountId, "accountId must not be empty");
		Assert.notNull(draftId, "draftId must not be null");
		Assert.hasText(creditorReference, "creditorReference must not be empty");
		Assert.notNull(caseDate, "caseDate must not be null");
		Assert.notNull(dueDate, "dueDate must not be null");
		Assert.notNull(amountToRecover, "amountToRecover must not be null");
		Assert.hasText(currency, "currency must not be empty");
		Assert.notNull(debtor, "debtor must not be null");
		Assert.hasText(debtor.name(), "debtor.name must not be empty");
		Assert.hasText(jurisdiction, "jurisdiction must not be empty");
		Assert.notNull(source, "source must not be null");
		Assert.notNull(origin, "origin must not be null");
		Assert.notNull(status, "status must not be null");
		Assert.notNull(createdAt, "createdAt must not be null");
		Assert.notNull(updatedAt, "updatedAt must not be null");
	}

	/**
	 * Whether the case still holds its invoice (no second case for it can be created).
	 * @return {@code true} unless the case is closed
	 */
	public boolean isOpen() {
		return this.status != CaseStatus.PAID_TO_CREDITOR;
	}

	/**
	 * Follows a change of the invoice in QuickBooks: paid in full closes the case as paid to the creditor, a lower
	 * balance lowers the amount to recover (never raising it), a grown balance is recorded for review and not applied,
	 * a voided or deleted invoice puts an open case on hold. A closed case stays closed; what QuickBooks reports is
	 * still recorded.
	 * @param event the change, must not be null
	 * @param now when the case changes
	 * @return the case after the change and its history entry (none when only the version advanced); empty when the
	 * change is not newer than the last one applied (a repeat, or a delivery that was overtaken)
	 */
	public Optional<Followed> follow(InvoiceChanged event, Instant now) {
		Assert.notNull(event, "event must not be null");
		if (!isNewer(event)) {
			return Optional.empty();
		}
		String token = (event.source().syncToken() != null) ? event.source().syncToken() : this.source.syncToken();
		SourceReference version = new SourceReference(this.source.system(), this.source.realmId(),
				this.source.invoiceId(), this.source.customerId(), token);
		String day = event.lastUpdatedTime().atOffset(ZoneOffset.UTC).toLocalDate().toString();
		BigDecimal balance = event.balance();
		CaseChange change;
		CaseStatus status = this.status;
		BigDecimal amount = this.amountToRecover;
		BigDecimal known = (balance != null) ? balance : this.quickBooksBalance;
		String detail;
		if (event.change() == InvoiceChange.VOIDED || event.change() == InvoiceChange.DELETED) {
			boolean voided = event.change() == InvoiceChange.VOIDED;
			change = voided ? CaseChange.INVOICE_VOIDED : CaseChange.INVOICE_DELETED;
			status = isOpen() ? CaseStatus.ON_HOLD : this.status;
			detail = (voided ? "Voided" : "Deleted") + " in QuickBooks on " + day
					+ (isOpen() ? ": on hold for review" : "; the case was already closed as paid");
		}
		else if (balance == null) {
			throw new IllegalArgumentException("A " + event.change() + " change must carry a balance");
		}
		else if (balance.signum() <= 0 && isOpen()) {
			change = CaseChange.PAID_TO_CREDITOR;
			status = CaseStatus.PAID_TO_CREDITOR;
			amount = BigDecimal.ZERO;
			detail = "Paid in QuickBooks on " + day + ": closed as paid to the creditor";
		}
		else if (this.quickBooksBalance != null && balance.compareTo(this.quickBooksBalance) > 0
				|| !isOpen() && balance.signum() > 0) {
			change = CaseChange.BALANCE_INCREASED;
			detail = "QuickBooks reports a balance of " + money(balance) + " on " + day + ", up from "
					+ money((this.quickBooksBalance != null) ? this.quickBooksBalance : amount)
					+ ": not applied, to review";
		}
		else if (balance.compareTo(amount) < 0 && isOpen()) {
			change = CaseChange.AMOUNT_LOWERED;
			amount = balance;
			detail = ((event.change() == InvoiceChange.AMOUNT_CHANGED) ? "Lowered" : "Part-paid") + " in QuickBooks on "
					+ day + ": " + money(this.amountToRecover) + " to recover lowered to " + money(balance);
		}
		else {
			// The balance moved without touching what the case claims: only the version and balance advance.
			CollectionCase advanced = with(version, status, amount, known, event.lastUpdatedTime(), now);
			return Optional.of(new Followed(advanced, null));
		}
		CollectionCase after = with(version, status, amount, known, event.lastUpdatedTime(), now);
		CaseHistoryEntry entry = new CaseHistoryEntry(this.id, change, event.change(), this.amountToRecover, amount,
				balance, this.currency, this.status, status, event.source().syncToken(), event.lastUpdatedTime(), now,
				event.metadata().eventId(), detail);
		return Optional.of(new Followed(after, entry));
	}

	/**
	 * Whether a change describes a later version of the invoice than the last one this case applied: by SyncToken
	 * (a counter QuickBooks raises with every edit) when both are known, else by {@code LastUpdatedTime}.
	 */
	boolean isNewer(InvoiceChanged event) {
		BigInteger applied = counter(this.source.syncToken());
		BigInteger offered = counter(event.source().syncToken());
		if (applied != null && offered != null) {
			return offered.compareTo(applied) > 0;
		}
		return this.sourceUpdatedAt == null || event.lastUpdatedTime().isAfter(this.sourceUpdatedAt);
	}

	private CollectionCase with(SourceReference version, CaseStatus status, BigDecimal amount,
			@Nullable BigDecimal balance, Instant sourceUpdatedAt, Instant now) {
		return new CollectionCase(this.id, this.accountId, this.draftId, this.creditorReference, this.caseDate,
				this.dueDate, amount, this.originalTotal, this.currency, this.debtor, this.jurisdiction, version,
				this.origin, status, this.createdAt, now, this.submittedAt, balance, sourceUpdatedAt);
	}

	private String money(BigDecimal amount) {
		return amount.toPlainString() + " " + this.currency;
	}

	private static @Nullable BigInteger counter(@Nullable String token) {
		if (token == null || token.isEmpty() || token.length() > 18 || !token.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return new BigInteger(token);
	}

	/**
	 * A case after following a change of its invoice.
	 *
	 * @param after the case as it is to be stored
	 * @param entry the history entry to record and announce; {@code null} when only the invoice version advanced
	 */
	public record Followed(CollectionCase after, @Nullable CaseHistoryEntry entry) {

	}

}
