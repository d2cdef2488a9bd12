package com.qbobridge.mapping.drafts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.qbobridge.rules.CaseFields;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboRef;
import org.jspecify.annotations.Nullable;

/**
 * Who owes an invoice: its customer, or, when the customer is a sub-customer or job that QuickBooks bills with its
 * parent ({@code Job}, {@code ParentRef}, {@code BillWithParent}), the parent it is billed to. The parent comes from
 * the event's {@code parentCustomers}; when the connector did not send them, only its name is known, from the first
 * segment of the customer's {@code FullyQualifiedName} ({@code Parent:Job}).
 *
 * @param customer the invoice's customer, {@code null} when QuickBooks no longer has it
 * @param owner the customer record of the party that owes: the parent it is billed to, else the customer itself
 * @param parentName the parent's name when the customer is billed with a parent the event does not carry
 */
record BilledParty(@Nullable QboCustomer customer, @Nullable QboCustomer owner, @Nullable String parentName) {

	/** QuickBooks nests sub-customers at most five levels deep; more steps mean a loop in the data. */
	private static final int MAX_LEVELS = 5;

	/**
	 * Finds who owes an invoice.
	 * @param event the event, must not be null
	 * @param notes where the choice is noted
	 * @return the party
	 */
	static BilledParty of(InvoiceFetched event, List<FieldIssue> notes) {
		QboCustomer customer = event.customer();
		if (customer == null || !customer.billedWithParent()) {
			return new BilledParty(customer, customer, null);
		}
		List<QboCustomer> ancestors = (event.parentCustomers() != null) ? event.parentCustomers() : List.of();
		QboCustomer owner = customer;
		for (int level = 0; level < MAX_LEVELS && owner.billedWithParent(); level++) {
			QboCustomer parent = find(ancestors, owner.parentRef());
			if (parent == null) {
				break;
			}
			owner = parent;
		}
		String customerName = label(customer);
		if (owner != customer) {
			notes.add(MappingNote.DEBTOR_IS_PARENT_CUSTOMER.issue(CaseFields.DEBTOR_NAME,
					"The invoice's customer " + customerName + " is a sub-customer or job billed with its parent; the"
							+ " parent " + label(owner) + " owes it"));
			return new BilledParty(customer, owner, null);
		}
		String parentName = parentName(customer);
		if (parentName == null) {
			return new BilledParty(customer, customer, null);
		}
		notes.add(MappingNote.DEBTOR_PARENT_FROM_NAME.issue(CaseFields.DEBTOR_NAME,
				"The invoice's customer " + customerName + " is a sub-customer or job billed with its parent "
						+ parentName + ", which QuickBooks did not send; the parent's name is taken from "
						+ customer.fullyQualifiedName() + " and the contact details are the customer's"));
		return new BilledParty(customer, customer, parentName);
	}

	/** The records to take contact details and addresses from, the owing party's first. */
	List<QboCustomer> records() {
		Set<QboCustomer> records = new LinkedHashSet<>();
		if (this.owner != null) {
			records.add(this.owner);
		}
		if (this.customer != null) {
			records.add(this.customer);
		}
		return List.copyOf(records);
	}

	/** The names whose lines in an address only repeat who the debtor or its contact is. */
	List<String> names() {
		List<String> names = new ArrayList<>();
		if (this.parentName != null) {
			names.add(this.parentName);
		}
		for (QboCustomer record : records()) {
			names.addAll(DebtorNames.of(record, !Boolean.TRUE.equals(record.job())));
		}
		return names;
	}

	private static @Nullable QboCustomer find(List<QboCustomer> ancestors, @Nullable QboRef ref) {
		if (ref == null) {
			return null;
		}
		for (QboCustomer ancestor : ancestors) {
			if (ancestor != null && ref.value().equals(ancestor.id())) {
				return ancestor;
			}
		}
		return null;
	}

	/** The first segment of {@code Parent:Job}; {@code null} when the name has no parent segment. */
	private static @Nullable String parentName(QboCustomer customer) {
		String qualified = customer.fullyQualifiedName();
		if (qualified == null || !qualified.contains(":")) {
			return null;
		}
		return DebtorNames.withoutDeletedSuffix(qualified.substring(0, qualified.indexOf(':')), Boolean.FALSE);
	}

	private static String label(QboCustomer customer) {
		String name = (customer.displayName() != null && !customer.displayName().isBlank())
				? customer.displayName().strip() : DebtorNames.name(customer);
		return "'" + ((name != null) ? name : customer.id()) + "'";
	}

}
