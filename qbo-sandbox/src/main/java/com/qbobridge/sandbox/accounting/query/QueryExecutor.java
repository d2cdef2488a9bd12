package com.qbobridge.sandbox.accounting.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.qbobridge.sandbox.accounting.Realm;
import com.qbobridge.sandbox.accounting.query.Query.Condition;
import com.qbobridge.sandbox.accounting.query.Query.OrderBy;

/**
 * Runs a parsed query against one realm: streams entities in id order and stops after the page, so paging through a
 * large realm does not copy it; only an explicit non-id sort collects the matches first.
 */
public final class QueryExecutor {

	private QueryExecutor() {
	}

	/** The number of entities that match, for {@code select count(*)}. */
	public static long count(Query query, Realm realm) {
		return matching(query, realm, false).count();
	}

	/** The requested page of matching entities. */
	public static List<Object> page(Query query, Realm realm) {
		List<OrderBy> order = query.orderBy();
		boolean idOrderOnly = order.isEmpty() || (order.size() == 1 && order.get(0).field().name().equals("Id"));
		boolean descending = idOrderOnly && !order.isEmpty() && !order.get(0).ascending();
		Stream<Object> matches = matching(query, realm, descending);
		if (!idOrderOnly) {
			matches = matches.sorted(comparator(order));
		}
		return matches.skip(query.startPosition() - 1L).limit(query.maxResults()).toList();
	}

	private static Stream<Object> matching(Query query, Realm realm, boolean descending) {
		Stream<Object> entities = switch (query.entity()) {
			case INVOICE -> stream(descending ? realm.invoices().descendingMap().values() : realm.invoices().values());
			case CUSTOMER -> stream(descending ? realm.customers().descendingMap().values() : realm.customers().values())
				.map((customer) -> realm.withBalance((com.qbobridge.sandbox.accounting.Customer) customer));
		};
		List<Condition> conditions = new ArrayList<>(query.conditions());
		if (query.entity() == EntityType.CUSTOMER
				&& conditions.stream().noneMatch((condition) -> condition.field().name().equals("Active"))) {
			// QuickBooks hides inactive customers unless the query asks about Active.
			conditions.add(new Condition(EntityType.CUSTOMER.field("Active").orElseThrow(), Query.Operator.EQ,
					List.of(Boolean.TRUE)));
		}
		Predicate<Object> filter = conditions.stream().map(QueryExecutor::predicate).reduce((entity) -> true,
				Predicate::and);
		return entities.filter(filter);
	}

	@SuppressWarnings("unchecked")
	private static Stream<Object> stream(Collection<?> values) {
		return (Stream<Object>) values.stream();
	}

	private static Predicate<Object> predicate(Condition condition) {
		QueryField field = condition.field();
		FieldType type = field.type();
		List<Object> values = condition.values();
		return switch (condition.operator()) {
			case EQ -> (entity) -> compare(field, entity, values.get(0)) == 0;
			case LT -> (entity) -> compare(field, entity, values.get(0)) < 0;
			case GT -> (entity) -> {
				Integer result = compareOrNull(field, entity, values.get(0));
				return result != null && result > 0;
			};
			case LE -> (entity) -> {
				Integer result = compareOrNull(field, entity, values.get(0));
				return result != null && result <= 0;
			};
			case GE -> (entity) -> {
				Integer result = compareOrNull(field, entity, values.get(0));
				return result != null && result >= 0;
			};
			case IN -> (entity) -> {
				Object actual = field.read(entity);
				return actual != null && values.stream().anyMatch((value) -> type.compare(actual, value) == 0);
			};
			case LIKE -> {
				Pattern pattern = likePattern((String) values.get(0));
				yield (entity) -> {
					Object actual = field.read(entity);
					return actual != null && pattern.matcher((String) actual).matches();
				};
			}
		};
	}

	/** Compares, treating a missing value as never equal and never less. */
	private static int compare(QueryField field, Object entity, Object value) {
		Integer result = compareOrNull(field, entity, value);
		return (result != null) ? result : Integer.MAX_VALUE;
	}

	private static @Nullable Integer compareOrNull(QueryField field, Object entity, Object value) {
		Object actual = field.read(entity);
		return (actual != null) ? field.type().compare(actual, value) : null;
	}

	private static Pattern likePattern(String like) {
		String regex = java.util.Arrays.stream(like.split("%", -1))
			.map(Pattern::quote)
			.collect(java.util.stream.Collectors.joining(".*"));
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
	}

	private static Comparator<Object> comparator(List<OrderBy> order) {
		Comparator<Object> result = null;
		for (OrderBy key : order) {
			Comparator<Object> next = (a, b) -> {
				Object x = key.field().read(a);
				Object y = key.field().read(b);
				if (x == null || y == null) {
					return (x == null) ? ((y == null) ? 0 : -1) : 1;
				}
				return key.field().type().compare(x, y);
			};
			if (!key.ascending()) {
				next = next.reversed();
			}
			result = (result == null) ? next : result.thenComparing(next);
		}
		Comparator<Object> byId = (a, b) -> EntityType.INVOICE.field("Id")
			.orElseThrow()
			.type()
			.compare(idOf(a), idOf(b));
		return (result == null) ? byId : result.thenComparing(byId);
	}

	private static Object idOf(Object entity) {
		if (entity instanceof com.qbobridge.sandbox.accounting.Invoice invoice) {
			return invoice.id();
		}
		return ((com.qbobridge.sandbox.accounting.Customer) entity).id();
	}

}
