package com.qbobridge.sandbox.accounting.query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.qbobridge.sandbox.accounting.Customer;
import com.qbobridge.sandbox.accounting.EmailAddress;
import com.qbobridge.sandbox.accounting.Invoice;
import com.qbobridge.sandbox.accounting.MetaData;

/**
 * The entities this sandbox can query, with the properties Intuit lets a query filter and sort on.
 */
public enum EntityType {

	INVOICE("Invoice",
			List.of("Id", "SyncToken", "domain", "sparse", "MetaData", "DocNumber", "TxnDate", "DueDate", "CurrencyRef",
					"ExchangeRate", "PrivateNote", "Line", "CustomerRef", "BillAddr", "BillEmail", "TotalAmt",
					"Balance", "HomeBalance", "HomeTotalAmt", "LinkedTxn")) {
		@Override
		void defineFields() {
			field("Id", FieldType.ID, (Invoice invoice) -> invoice.id());
			field("DocNumber", FieldType.STRING, Invoice::docNumber);
			field("TxnDate", FieldType.DATE, Invoice::txnDate);
			field("DueDate", FieldType.DATE, Invoice::dueDate);
			field("Balance", FieldType.DECIMAL, Invoice::balance);
			field("TotalAmt", FieldType.DECIMAL, Invoice::totalAmt);
			field("CustomerRef", FieldType.ID, (Invoice invoice) -> invoice.customerRef().value());
			field("MetaData.CreateTime", FieldType.DATE_TIME, (Invoice invoice) -> created(invoice.metaData()));
			field("MetaData.LastUpdatedTime", FieldType.DATE_TIME,
					(Invoice invoice) -> updated(invoice.metaData()));
		}
	},

	CUSTOMER("Customer",
			List.of("Id", "SyncToken", "domain", "sparse", "MetaData", "DisplayName", "FullyQualifiedName",
					"CompanyName", "GivenName", "FamilyName", "PrimaryEmailAddr", "PrimaryPhone", "Mobile",
					"BillAddr", "CurrencyRef", "Active", "Balance")) {
		@Override
		void defineFields() {
			field("Id", FieldType.ID, (Customer customer) -> customer.id());
			field("DisplayName", FieldType.STRING, Customer::displayName);
			field("FullyQualifiedName", FieldType.STRING, Customer::fullyQualifiedName);
			field("CompanyName", FieldType.STRING, Customer::companyName);
			field("GivenName", FieldType.STRING, Customer::givenName);
			field("FamilyName", FieldType.STRING, Customer::familyName);
			field("PrimaryEmailAddr", FieldType.STRING, (Customer customer) -> email(customer.primaryEmailAddr()));
			field("Active", FieldType.BOOLEAN, Customer::isActive);
			field("Balance", FieldType.DECIMAL, Customer::balance);
			field("MetaData.CreateTime", FieldType.DATE_TIME, (Customer customer) -> created(customer.metaData()));
			field("MetaData.LastUpdatedTime", FieldType.DATE_TIME,
					(Customer customer) -> updated(customer.metaData()));
		}
	};

	private final String entityName;

	private final Set<String> properties;

	private final Map<String, QueryField> fields = new LinkedHashMap<>();

	EntityType(String entityName, List<String> properties) {
		this.entityName = entityName;
		this.properties = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		this.properties.addAll(properties);
		defineFields();
	}

	abstract void defineFields();

	@SuppressWarnings("unchecked")
	<T> void field(String name, FieldType type, Function<T, @Nullable Object> accessor) {
		this.fields.put(name.toLowerCase(Locale.ROOT),
				new QueryField(name, type, (entity) -> accessor.apply((T) entity)));
	}

	/** The name Intuit uses in queries and responses, e.g. {@code Invoice}. */
	public String entityName() {
		return this.entityName;
	}

	/** The filterable field of that name (case-insensitive). */
	public Optional<QueryField> field(String name) {
		return Optional.ofNullable(this.fields.get(name.toLowerCase(Locale.ROOT)));
	}

	/** Whether the entity has a property of that name at all (filterable or not). */
	public boolean hasProperty(String name) {
		String topLevel = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
		return this.properties.contains(topLevel);
	}

	/** The property name as Intuit spells it. */
	public String propertyName(String name) {
		return this.properties.stream().filter((property) -> property.equalsIgnoreCase(name)).findFirst().orElse(name);
	}

	public static Optional<EntityType> named(String name) {
		for (EntityType type : values()) {
			if (type.entityName.equalsIgnoreCase(name)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	private static @Nullable Instant created(@Nullable MetaData metaData) {
		return (metaData != null) ? metaData.createTime().toInstant() : null;
	}

	private static @Nullable Instant updated(@Nullable MetaData metaData) {
		return (metaData != null) ? metaData.lastUpdatedTime().toInstant() : null;
	}

	private static @Nullable String email(@Nullable EmailAddress email) {
		return (email != null) ? email.address() : null;
	}

}
