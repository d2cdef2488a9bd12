package com.qbobridge.sandbox.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A QuickBooks Online invoice with the properties Intuit sends and collection work reads; immutable, each change
 * makes a new version with a higher {@code SyncToken}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "Id", "SyncToken", "domain", "sparse", "MetaData", "DocNumber", "TxnDate", "DueDate" })
public record Invoice(@JsonProperty("Id") String id,
		@JsonProperty("SyncToken") @JsonFormat(shape = JsonFormat.Shape.STRING) int syncToken,
		@JsonProperty("MetaData") MetaData metaData, @JsonProperty("DocNumber") @Nullable String docNumber,
		@JsonProperty("TxnDate") LocalDate txnDate, @JsonProperty("DueDate") @Nullable LocalDate dueDate,
		@JsonProperty("CurrencyRef") @Nullable Ref currencyRef,
		@JsonProperty("ExchangeRate") @Nullable BigDecimal exchangeRate,
		@JsonProperty("PrivateNote") @Nullable String privateNote, @JsonProperty("Line") List<Line> lines,
		@JsonProperty("CustomerRef") Ref customerRef, @JsonProperty("BillAddr") @Nullable Address billAddr,
		@JsonProperty("BillEmail") @Nullable EmailAddress billEmail, @JsonProperty("TotalAmt") BigDecimal totalAmt,
		@JsonProperty("Balance") BigDecimal balance, @JsonProperty("LinkedTxn") @Nullable List<LinkedTxn> linkedTxn) {

	public Invoice {
		lines = (lines != null) ? List.copyOf(lines) : List.of();
		linkedTxn = (linkedTxn != null) ? List.copyOf(linkedTxn) : null;
	}

	/** Intuit marks every entity with its domain. */
	@JsonProperty("domain")
	public String domain() {
		return "QBO";
	}

	/** Full (not sparse) entities are all this sandbox returns. */
	@JsonProperty("sparse")
	public boolean sparse() {
		return false;
	}

	/** The balance in the home currency, present when the company uses multicurrency. */
	@JsonProperty("HomeBalance")
	public @Nullable BigDecimal homeBalance() {
		return inHomeCurrency(this.balance);
	}

	/** The total in the home currency, present when the company uses multicurrency. */
	@JsonProperty("HomeTotalAmt")
	public @Nullable BigDecimal homeTotalAmt() {
		return inHomeCurrency(this.totalAmt);
	}

	private @Nullable BigDecimal inHomeCurrency(BigDecimal amount) {
		return (this.exchangeRate != null) ? amount.multiply(this.exchangeRate).setScale(2, RoundingMode.HALF_UP)
				: null;
	}

	/** Applies a payment of {@code amount}, linked as transaction {@code paymentId}. */
	public Invoice paid(BigDecimal amount, String paymentId, OffsetDateTime at) {
		List<LinkedTxn> links = new ArrayList<>((this.linkedTxn != null) ? this.linkedTxn : List.of());
		links.add(new LinkedTxn(paymentId, "Payment"));
		return new Invoice(this.id, this.syncToken + 1, this.metaData.updatedAt(at), this.docNumber, this.txnDate,
				this.dueDate, this.currencyRef, this.exchangeRate, this.privateNote, this.lines, this.customerRef,
				this.billAddr, this.billEmail, this.totalAmt, this.balance.subtract(amount), links);
	}

	/** Voids the invoice as QuickBooks does: amounts become zero and the note says "Voided". */
	public Invoice voided(OffsetDateTime at) {
		String note = (this.privateNote == null || this.privateNote.isBlank()) ? "Voided"
				: "Voided - " + this.privateNote;
		List<Line> zeroed = this.lines.stream().map((line) -> line.withAmount(BigDecimal.ZERO)).toList();
		return new Invoice(this.id, this.syncToken + 1, this.metaData.updatedAt(at), this.docNumber, this.txnDate,
				this.dueDate, this.currencyRef, this.exchangeRate, note, zeroed, this.customerRef, this.billAddr,
				this.billEmail, BigDecimal.ZERO, BigDecimal.ZERO, this.linkedTxn);
	}

	/** The tombstone left behind when the invoice is deleted. */
	public Invoice deleted(OffsetDateTime at) {
		return new Invoice(this.id, this.syncToken + 1, this.metaData.updatedAt(at), this.docNumber, this.txnDate,
				this.dueDate, this.currencyRef, this.exchangeRate, this.privateNote, this.lines, this.customerRef,
				this.billAddr, this.billEmail, this.totalAmt, this.balance, this.linkedTxn);
	}

	/**
	 * This invoice with another billing address, e.g. the free lines of QuickBooks' invoice form.
	 * @param address the billing address as the invoice stores it
	 * @return the invoice, same version
	 */
	public Invoice withBillAddr(@Nullable Address address) {
		return new Invoice(this.id, this.syncToken, this.metaData, this.docNumber, this.txnDate, this.dueDate,
				this.currencyRef, this.exchangeRate, this.privateNote, this.lines, this.customerRef, address,
				this.billEmail, this.totalAmt, this.balance, this.linkedTxn);
	}

	/**
	 * This invoice referring to its customer by another name, as QuickBooks shows a renamed or deleted customer.
	 * @param ref the customer reference
	 * @return the invoice, same version
	 */
	public Invoice withCustomerRef(Ref ref) {
		return new Invoice(this.id, this.syncToken, this.metaData, this.docNumber, this.txnDate, this.dueDate,
				this.currencyRef, this.exchangeRate, this.privateNote, this.lines, ref, this.billAddr, this.billEmail,
				this.totalAmt, this.balance, this.linkedTxn);
	}

	/** Fills what a loaded file may leave out (id, sync token, metadata, balance). */
	public Invoice completed(String assignedId, OffsetDateTime now) {
		return new Invoice((this.id != null) ? this.id : assignedId, this.syncToken,
				(this.metaData != null) ? this.metaData : new MetaData(now, now), this.docNumber,
				(this.txnDate != null) ? this.txnDate : now.toLocalDate(), this.dueDate, this.currencyRef,
				this.exchangeRate, this.privateNote, this.lines, this.customerRef, this.billAddr, this.billEmail,
				(this.totalAmt != null) ? this.totalAmt : BigDecimal.ZERO,
				(this.balance != null) ? this.balance : ((this.totalAmt != null) ? this.totalAmt : BigDecimal.ZERO),
				this.linkedTxn);
	}

}
