package com.qbobridge.cases.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.qbobridge.schemas.cases.CaseStatus;
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
 */
public record CollectionCase(CaseId id, String accountId, UUID draftId, String creditorReference, LocalDate caseDate,
		LocalDate dueDate, BigDecimal amountToRecover, @Nullable BigDecimal originalTotal, String currency,
		Debtor debtor, String jurisdiction, SourceReference source, CaseOrigin origin, CaseStatus status,
		Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt) {

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

}
