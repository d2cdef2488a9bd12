package com.qbobridge.connector.invoices;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

import com.qbobridge.connector.quickbooks.CustomerQuery;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import com.qbobridge.schemas.quickbooks.QboRef;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Fetches the customers a page of invoices refers to and, for a sub-customer or job billed with its parent, the
 * chain of its ancestors ({@code ParentRef}, then that customer's, at most five levels as QuickBooks nests them), in
 * batches of {@code Id in (...)} queries that include inactive customers. It remembers a bounded number of customers
 * so that later pages of the same import do not fetch the same customers or parents again (memory stays bounded
 * however many invoices there are). Safe for pages looked up from several threads at once.
 */
class CustomerLookup {

	/** QuickBooks nests sub-customers at most five levels below a top-level customer. */
	static final int MAX_LEVELS = 5;

	private final int batchSize;

	private final Function<String, JsonNode> runQuery;

	/** Runs the batches of one lookup side by side. */
	private final Executor calls;

	private final Map<String, @Nullable QboCustomer> known;

	/** Customers being read right now by one range, which other ranges wait for instead of reading them again. */
	private final Map<String, CompletableFuture<Optional<QboCustomer>>> inFlight = new HashMap<>();

	/**
	 * Creates a lookup for one import.
	 * @param batchSize ids per query
	 * @param capacity customers remembered at most
	 * @param runQuery runs one query and returns its {@code QueryResponse}
	 */
	CustomerLookup(int batchSize, int capacity, Function<String, JsonNode> runQuery) {
		this(batchSize, capacity, runQuery, Runnable::run);
	}

	/**
	 * Creates a lookup for one import that reads the batches of a page side by side.
	 * @param batchSize ids per query
	 * @param capacity customers remembered at most
	 * @param runQuery runs one query and returns its {@code QueryResponse}
	 * @param calls runs the batch queries (the per-realm guards still bound how many run at once)
	 */
	CustomerLookup(int batchSize, int capacity, Function<String, JsonNode> runQuery, Executor calls) {
		this.batchSize = batchSize;
		this.runQuery = runQuery;
		this.calls = calls;
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
		return billedPartiesOf(invoices).customers();
	}

	/**
	 * The customers of a page's invoices and the ancestors of those billed with their parent, fetching what is not
	 * known yet: first the customers, then one level of parents per round.
	 * @param invoices the page
	 * @return the page's customers and ancestor chains
	 */
	PageCustomers billedPartiesOf(List<QboInvoice> invoices) {
		Set<String> wanted = new LinkedHashSet<>();
		for (QboInvoice invoice : invoices) {
			QboRef ref = invoice.customerRef();
			if (ref != null && ref.value() != null) {
				wanted.add(ref.value());
			}
		}
		// Resolved here, not read back from the bounded cache later, so an eviction cannot lose one mid-page.
		Map<String, @Nullable QboCustomer> resolved = new LinkedHashMap<>(fetch(wanted));
		Map<String, @Nullable QboCustomer> customers = new LinkedHashMap<>();
		for (String id : wanted) {
			customers.put(id, resolved.get(id));
		}
		Set<QboCustomer> tops = new LinkedHashSet<>();
		for (QboCustomer customer : customers.values()) {
			if (customer != null && customer.billedWithParent()) {
				tops.add(customer);
			}
		}
		for (int level = 0; level < MAX_LEVELS && !tops.isEmpty(); level++) {
			Set<String> parents = new LinkedHashSet<>();
			for (QboCustomer top : tops) {
				parents.add(top.parentRef().value());
			}
			resolved.putAll(fetch(parents));
			Set<QboCustomer> next = new LinkedHashSet<>();
			for (String id : parents) {
				QboCustomer parent = resolved.get(id);
				if (parent != null && parent.parentRef() != null && parent.parentRef().value() != null) {
					next.add(parent);
				}
			}
			tops = next;
		}
		Map<String, List<QboCustomer>> ancestors = new LinkedHashMap<>();
		for (QboCustomer customer : customers.values()) {
			if (customer != null && customer.billedWithParent()) {
				ancestors.put(customer.id(), chain(customer, resolved));
			}
		}
		return new PageCustomers(customers, ancestors);
	}

	/** A customer's ancestors, nearest first, as far as QuickBooks returned them and without looping. */
	private static List<QboCustomer> chain(QboCustomer customer, Map<String, @Nullable QboCustomer> resolved) {
		List<QboCustomer> chain = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		seen.add(customer.id());
		QboCustomer current = customer;
		while (chain.size() < MAX_LEVELS && current.parentRef() != null && current.parentRef().value() != null) {
			QboCustomer parent = resolved.get(current.parentRef().value());
			if (parent == null || !seen.add(parent.id())) {
				break;
			}
			chain.add(parent);
			current = parent;
		}
		return chain;
	}

	/**
	 * Reads the given customers, from what is known, from a read another range already has in flight, or from
	 * QuickBooks in batches, so that ranges read side by side do not fetch the same customer twice.
	 */
	private Map<String, @Nullable QboCustomer> fetch(Collection<String> ids) {
		Map<String, @Nullable QboCustomer> result = new LinkedHashMap<>();
		Map<String, CompletableFuture<Optional<QboCustomer>>> awaited = new LinkedHashMap<>();
		Map<String, CompletableFuture<Optional<QboCustomer>>> mine = new LinkedHashMap<>();
		synchronized (this.known) {
			for (String id : ids) {
				if (this.known.containsKey(id)) {
					result.put(id, this.known.get(id));
				}
				else if (this.inFlight.containsKey(id)) {
					awaited.put(id, this.inFlight.get(id));
				}
				else {
					CompletableFuture<Optional<QboCustomer>> future = new CompletableFuture<>();
					this.inFlight.put(id, future);
					mine.put(id, future);
				}
			}
		}
		List<String> missing = new ArrayList<>(mine.keySet());
		// A page's 1,000 invoices bill up to 1,000 customers: their batches are read side by side, not one by one.
		List<List<String>> batches = new ArrayList<>();
		for (int from = 0; from < missing.size(); from += this.batchSize) {
			batches.add(missing.subList(from, Math.min(from + this.batchSize, missing.size())));
		}
		List<CompletableFuture<Map<String, QboCustomer>>> reads = new ArrayList<>(batches.size());
		try {
			for (List<String> batch : batches) {
				reads.add(CompletableFuture.supplyAsync(() -> read(batch), this.calls));
			}
			for (int i = 0; i < batches.size(); i++) {
				Map<String, QboCustomer> found = join(reads.get(i));
				synchronized (this.known) {
					for (String id : batches.get(i)) {
						this.known.put(id, found.get(id));
						this.inFlight.remove(id);
						result.put(id, found.get(id));
						mine.get(id).complete(Optional.ofNullable(found.get(id)));
					}
				}
			}
		}
		catch (RuntimeException ex) {
			reads.forEach((read) -> read.cancel(false));
			synchronized (this.known) {
				mine.forEach((id, future) -> {
					if (this.inFlight.remove(id, future)) {
						future.completeExceptionally(ex);
					}
				});
			}
			throw ex;
		}
		awaited.forEach((id, future) -> result.put(id, join(future).orElse(null)));
		return result;
	}

	private Map<String, QboCustomer> read(List<String> batch) {
		Map<String, QboCustomer> found = new LinkedHashMap<>();
		JsonNode list = this.runQuery.apply(CustomerQuery.byIds(batch)).get("Customer");
		if (list != null && list.isArray()) {
			for (JsonNode node : list) {
				QboCustomer customer = EventJson.mapper().treeToValue(node, QboCustomer.class);
				found.put(customer.id(), customer);
			}
		}
		return found;
	}

	/** Waits for a read, rethrowing its own failure (an import that ended, a QuickBooks error) unwrapped. */
	static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/**
	 * What one page's invoices bill.
	 *
	 * @param customers customer by id; a customer QuickBooks did not return maps to {@code null}
	 * @param ancestors for each customer billed with its parent, its ancestors nearest first
	 */
	record PageCustomers(Map<String, @Nullable QboCustomer> customers, Map<String, List<QboCustomer>> ancestors) {

		/**
		 * The ancestors to publish with an invoice of a customer.
		 * @param customer the invoice's customer
		 * @return nearest first; empty for a top-level customer; {@code null} when not read (no customer, or a job
		 * that is not billed with its parent)
		 */
		@Nullable List<QboCustomer> parentsOf(@Nullable QboCustomer customer) {
			if (customer == null) {
				return null;
			}
			if (customer.parentRef() == null) {
				return List.of();
			}
			return this.ancestors.get(customer.id());
		}

	}

}
