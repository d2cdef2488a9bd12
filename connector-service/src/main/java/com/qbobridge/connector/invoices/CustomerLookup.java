package com.qbobridge.connector.invoices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.qbobridge.connector.quickbooks.CustomerQuery;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import com.qbobridge.schemas.quickbooks.QboRef;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Fetches the customers a page of invoices refers to, in batches of {@code Id in (...)} queries that include
 * inactive customers, and remembers a bounded number of them so that later pages of the same import do not fetch the
 * same customers again (memory stays bounded however many invoices there are).
 */
class CustomerLookup {

	private final int batchSize;

	private final Function<String, JsonNode> runQuery;

	private final Map<String, @Nullable QboCustomer> known;

	/**
	 * Creates a lookup for one import.
	 * @param batchSize ids per query
	 * @param capacity customers remembered at most
	 * @param runQuery runs one query and returns its {@code QueryResponse}
	 */
	CustomerLookup(int batchSize, int capacity, Function<String, JsonNode> runQuery) {
		this.batchSize = batchSize;
		this.runQuery = runQuery;
		this.known = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, @Nullable QboCustomer> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * The customers of a page's invoices, fetching those not known yet.
	 * @param invoices the page
	 * @return customer by id; a customer QuickBooks did not return maps to {@code null}
	 */
	Map<String, @Nullable QboCustomer> customersOf(List<QboInvoice> invoices) {
		Set<String> wanted = new LinkedHashSet<>();
		for (QboInvoice invoice : invoices) {
			QboRef ref = invoice.customerRef();
			if (ref != null && ref.value() != null) {
				wanted.add(ref.value());
			}
		}
		List<String> missing = new ArrayList<>();
		for (String id : wanted) {
			if (!this.known.containsKey(id)) {
				missing.add(id);
			}
		}
		for (int from = 0; from < missing.size(); from += this.batchSize) {
			List<String> batch = missing.subList(from, Math.min(from + this.batchSize, missing.size()));
			Map<String, QboCustomer> found = new LinkedHashMap<>();
			JsonNode list = this.runQuery.apply(CustomerQuery.byIds(batch)).get("Customer");
			if (list != null && list.isArray()) {
				for (JsonNode node : list) {
					QboCustomer customer = EventJson.mapper().treeToValue(node, QboCustomer.class);
					found.put(customer.id(), customer);
				}
			}
			for (String id : batch) {
				this.known.put(id, found.get(id));
			}
		}
		Map<String, @Nullable QboCustomer> result = new LinkedHashMap<>();
		for (String id : wanted) {
			result.put(id, this.known.get(id));
		}
		return result;
	}

}
