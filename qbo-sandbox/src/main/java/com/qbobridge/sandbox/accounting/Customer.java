package com.qbobridge.sandbox.accounting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A QuickBooks Online customer (the debtor of an invoice); inactive customers stay readable by id but leave the
 * default query results, as in QuickBooks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "Id", "SyncToken", "domain", "sparse", "MetaData", "DisplayName" })
public record Customer(@JsonProperty("Id") String id,
		@JsonProperty("SyncToken") @JsonFormat(shape = JsonFormat.Shape.STRING) int syncToken,
		@JsonProperty("MetaData") MetaData metaData, @JsonProperty("DisplayName") String displayName,
		@JsonProperty("CompanyName") @Nullable String companyName,
		@JsonProperty("GivenName") @Nullable String givenName,
		@JsonProperty("FamilyName") @Nullable String familyName,
		@JsonProperty("PrimaryEmailAddr") @Nullable EmailAddress primaryEmailAddr,
		@JsonProperty("PrimaryPhone") @Nullable TelephoneNumber primaryPhone,
		@JsonProperty("Mobile") @Nullable TelephoneNumber mobile, @JsonProperty("BillAddr") @Nullable Address billAddr,
		@JsonProperty("CurrencyRef") @Nullable Ref currencyRef, @JsonProperty("Active") @Nullable Boolean active,
		@JsonProperty("Balance") @Nullable BigDecimal balance) {

	public Customer {
		// QuickBooks treats a customer without the flag as active.
		active = (active != null) ? active : Boolean.TRUE;
	}

	/** Whether the customer is active; never null after construction. */
	public boolean isActive() {
		return Boolean.TRUE.equals(this.active);
	}

	@JsonProperty("domain")
	public String domain() {
		return "QBO";
	}

	@JsonProperty("sparse")
	public boolean sparse() {
		return false;
	}

	/** QuickBooks' FullyQualifiedName equals the display name for customers that are not sub-customers. */
	@JsonProperty("FullyQualifiedName")
	public String fullyQualifiedName() {
		return this.displayName;
	}

	/** This customer with the open balance QuickBooks derives from its invoices. */
	public Customer withBalance(BigDecimal openBalance) {
		return new Customer(this.id, this.syncToken, this.metaData, this.displayName, this.companyName, this.givenName,
				this.familyName, this.primaryEmailAddr, this.primaryPhone, this.mobile, this.billAddr, this.currencyRef,
				this.active, openBalance);
	}

	/** Fills what a loaded file may leave out (id, metadata). */
	public Customer completed(String assignedId, OffsetDateTime now) {
		return new Customer((this.id != null) ? this.id : assignedId, this.syncToken,
				(this.metaData != null) ? this.metaData : new MetaData(now, now), this.displayName, this.companyName,
				this.givenName, this.familyName, this.primaryEmailAddr, this.primaryPhone, this.mobile, this.billAddr,
				this.currencyRef, this.active, null);
	}

}
