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
 * default query results, as in QuickBooks. A sub-customer or job has {@code Job}, a {@code ParentRef}, a
 * {@code Level} below its parent and a {@code FullyQualifiedName} of {@code Parent:Job}; with {@code BillWithParent}
 * its invoices are billed to (and owed by) the parent.
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
		@JsonProperty("Balance") @Nullable BigDecimal balance, @JsonProperty("Job") @Nullable Boolean job,
		@JsonProperty("ParentRef") @Nullable Ref parentRef,
		@JsonProperty("BillWithParent") @Nullable Boolean billWithParent,
		@JsonProperty("Level") @Nullable Integer level,
		@JsonProperty("FullyQualifiedName") @Nullable String fullyQualifiedName) {

	private static final String DELETED_SUFFIX = " (deleted)";

	public Customer {
		// QuickBooks treats a customer without the flag as active, and sends Job and BillWithParent on every customer.
		active = (active != null) ? active : Boolean.TRUE;
		job = (job != null) ? job : Boolean.valueOf(parentRef != null);
		billWithParent = (billWithParent != null) ? billWithParent : Boolean.FALSE;
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

	/**
	 * QuickBooks' FullyQualifiedName: the ancestors' names and this customer's, colon-separated; the display name for
	 * customers that are not sub-customers.
	 */
	@Override
	@JsonProperty("FullyQualifiedName")
	public String fullyQualifiedName() {
		return (this.fullyQualifiedName != null) ? this.fullyQualifiedName : this.displayName;
	}

	/** This customer with the open balance QuickBooks derives from its invoices. */
	public Customer withBalance(BigDecimal openBalance) {
		return new Customer(this.id, this.syncToken, this.metaData, this.displayName, this.companyName, this.givenName,
				this.familyName, this.primaryEmailAddr, this.primaryPhone, this.mobile, this.billAddr, this.currencyRef,
				this.active, openBalance, this.job, this.parentRef, this.billWithParent, this.level,
				this.fullyQualifiedName);
	}

	/** Fills what a loaded file may leave out (id, metadata). */
	public Customer completed(String assignedId, OffsetDateTime now) {
		return new Customer((this.id != null) ? this.id : assignedId, this.syncToken,
				(this.metaData != null) ? this.metaData : new MetaData(now, now), this.displayName, this.companyName,
				this.givenName, this.familyName, this.primaryEmailAddr, this.primaryPhone, this.mobile, this.billAddr,
				this.currencyRef, this.active, null, this.job, this.parentRef, this.billWithParent, this.level,
				this.fullyQualifiedName);
	}

	/**
	 * This customer made a sub-customer or job of {@code parent}, as QuickBooks stores one: {@code Job}, a
	 * {@code ParentRef}, one level below the parent and {@code Parent:Job} as its fully qualified name; billed with its
	 * parent, it takes the parent's billing address, as QuickBooks copies it.
	 * @param parent the parent customer
	 * @param jobName the job's display name, unique among the realm's customers
	 * @param billedWithParent whether the parent is billed for (and owes) the job's invoices
	 * @return the job
	 */
	public Customer asJobOf(Customer parent, String jobName, boolean billedWithParent) {
		int parentLevel = (parent.level != null) ? parent.level : 0;
		return new Customer(this.id, this.syncToken + 1, this.metaData, jobName, parent.companyName, parent.givenName,
				parent.familyName, billedWithParent ? parent.primaryEmailAddr : this.primaryEmailAddr, this.primaryPhone,
				this.mobile, billedWithParent ? parent.billAddr : this.billAddr, this.currencyRef, this.active,
				this.balance, Boolean.TRUE, new Ref(parent.id, parent.displayName), billedWithParent, parentLevel + 1,
				parent.fullyQualifiedName() + ":" + jobName);
	}

	/**
	 * This customer deleted the way QuickBooks deletes one: made inactive, with {@code " (deleted)"} added to its
	 * display and fully qualified names.
	 * @return the deleted customer, or this one when already marked
	 */
	public Customer deleted() {
		if (this.displayName.endsWith(DELETED_SUFFIX) && !isActive()) {
			return this;
		}
		String qualified = (this.fullyQualifiedName != null) ? this.fullyQualifiedName + DELETED_SUFFIX : null;
		return new Customer(this.id, this.syncToken + 1, this.metaData, this.displayName + DELETED_SUFFIX,
				this.companyName, this.givenName, this.familyName, this.primaryEmailAddr, this.primaryPhone, this.mobile,
				this.billAddr, this.currencyRef, Boolean.FALSE, this.balance, this.job, this.parentRef,
				this.billWithParent, this.level, qualified);
	}

	/**
	 * This customer moved: another billing address and phone numbers.
	 * @param address the billing address
	 * @param phone the primary phone
	 * @param mobileNumber the mobile number
	 * @return the moved customer
	 */
	public Customer movedTo(@Nullable Address address, @Nullable TelephoneNumber phone,
			@Nullable TelephoneNumber mobileNumber) {
		return new Customer(this.id, this.syncToken, this.metaData, this.displayName, this.companyName, this.givenName,
				this.familyName, this.primaryEmailAddr, phone, mobileNumber, address, this.currencyRef, this.active,
				this.balance, this.job, this.parentRef, this.billWithParent, this.level, this.fullyQualifiedName);
	}

}
