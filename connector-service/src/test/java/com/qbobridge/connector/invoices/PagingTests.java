package com.qbobridge.connector.invoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.qbobridge.connector.quickbooks.InvoiceQuery;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PagingTests {

	private static final Pattern AFTER = Pattern.compile("Id > '(\\d+)'");

	private static final Pattern MAX = Pattern.compile("maxresults (\\d+)$");

	private static final Pattern IDS = Pattern.compile("Id in \\(([^)]*)\\)");

	private final List<String> queries = new ArrayList<>();

	@Test
	void readsEveryInvoiceOnceAcrossPagesAndStopsAfterAShortPage() {
		InvoicePages pages = new InvoicePages(new InvoiceQuery(DateField.INVOICE_DATE, null, null), 1000,
				invoicesOf(2500));

		List<String> ids = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		for (InvoicePage page = pages.next(); page != null; page = pages.next()) {
			sizes.add(page.invoices().size());
			page.invoices().forEach((invoice) -> ids.add(invoice.id()));
		}

		assertThat(sizes).containsExactly(1000, 1000, 500);
		assertThat(ids).hasSize(2500).doesNotHaveDuplicates();
		assertThat(this.queries).hasSize(3);
		assertThat(this.queries.get(0)).doesNotContain("Id >").endsWith("orderby Id maxresults 1000");
		assertThat(this.queries.get(1)).contains("and Id > '1000' orderby Id maxresults 1000");
		assertThat(this.queries).noneSatisfy((query) -> assertThat(query).contains("startposition"));
	}

	@Test
	void readsEveryInvoiceThatStaysUnpaidWhenInvoicesOfAnEarlierPageArePaidMeanwhile() {
		// Paging by position, paying page 1's invoices would move 4 to 6 onto the first page, never to be read.
		List<Integer> unpaid = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
		InvoicePages pages = new InvoicePages(new InvoiceQuery(DateField.DUE_DATE, null, null), 3, unpaid(unpaid));

		List<String> ids = new ArrayList<>();
		for (InvoicePage page = pages.next(); page != null; page = pages.next()) {
			page.invoices().forEach((invoice) -> ids.add(invoice.id()));
			if (page.number() == 1) {
				unpaid.removeAll(List.of(1, 2, 3));
			}
		}

		assertThat(ids).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
	}

	@Test
	void comparesIdsByNumberAsIntuitDoes() {
		assertThat(InvoicePages.compareIds("999", "1000")).isNegative();
		assertThat(InvoicePages.compareIds("10000", "9996")).isPositive();
		assertThat(InvoicePages.compareIds("42", "42")).isZero();
		assertThat(InvoicePages.compareIds("7", "x7")).isNegative();
	}

	@Test
	void stopsWhenQuickBooksAnswersAPageOutOfIdOrder() {
		InvoicePages pages = new InvoicePages(new InvoiceQuery(DateField.DUE_DATE, null, null), 2, (query) -> {
			ObjectNode response = EventJson.mapper().createObjectNode();
			ArrayNode list = response.putArray("Invoice");
			if (!query.contains("Id >")) {
				list.addObject().put("Id", "9").put("Balance", 1);
				list.addObject().put("Id", "10").put("Balance", 1);
			}
			else {
				// Text order would answer "100" before "11": paging on after "100" would skip 11 to 99.
				list.addObject().put("Id", "100").put("Balance", 1);
				list.addObject().put("Id", "11").put("Balance", 1);
			}
			return response;
		});

		assertThat(pages.next().invoices()).hasSize(2);
		assertThatIllegalStateException().isThrownBy(pages::next).withMessageContaining("not in id order");
	}

	@Test
	void asksOnceMoreWhenTheLastPageIsExactlyFull() {
		InvoicePages pages = new InvoicePages(new InvoiceQuery(DateField.DUE_DATE, null, null), 1000,
				invoicesOf(2000));

		int count = 0;
		InvoicePage last = null;
		for (InvoicePage page = pages.next(); page != null; page = pages.next()) {
			count += page.invoices().size();
			last = page;
		}

		assertThat(count).isEqualTo(2000);
		assertThat(last.invoices()).isEmpty();
		assertThat(last.number()).isEqualTo(3);
	}

	@Test
	void readsAnEmptyResultAsOneEmptyLastPage() {
		InvoicePages pages = new InvoicePages(new InvoiceQuery(DateField.DUE_DATE, null, null), 1000,
				invoicesOf(0));

		InvoicePage page = pages.next();

		assertThat(page.invoices()).isEmpty();
		assertThat(page.last()).isTrue();
		assertThat(pages.next()).isNull();
	}

	@Test
	void readsTheTotalCount() {
		ObjectNode response = EventJson.mapper().createObjectNode().put("totalCount", 9000);

		assertThat(InvoicePages.totalCount(response)).isEqualTo(9000L);
		assertThat(InvoicePages.totalCount(EventJson.mapper().createObjectNode())).isNull();
	}

	@Test
	void fetchesEachCustomerOnceInBatchesAndRemembersMissingOnes() {
		CustomerLookup lookup = new CustomerLookup(2, 100, customers("1", "2", "3"));

		Map<String, QboCustomer> first = lookup.customersOf(List.of(invoice("10", "1"), invoice("11", "2"),
				invoice("12", "1"), invoice("13", "3"), invoice("14", "404")));
		Map<String, QboCustomer> second = lookup.customersOf(List.of(invoice("15", "2"), invoice("16", "404")));

		assertThat(first.keySet()).containsExactly("1", "2", "3", "404");
		assertThat(first.get("1").displayName()).isEqualTo("Customer 1");
		assertThat(first.get("404")).isNull();
		assertThat(second.get("2").displayName()).isEqualTo("Customer 2");
		assertThat(this.queries).hasSize(2);
		assertThat(this.queries).allSatisfy((query) -> assertThat(query).contains("Active in (true, false)"));
	}

	@Test
	void readsMoneyAsExactDecimalsAndDatesAsDates() {
		ArrayNode list = EventJson.mapper().createArrayNode();
		list.addObject()
			.put("Id", "7")
			.put("TxnDate", "2026-03-14")
			.put("DueDate", "2026-04-13")
			.put("TotalAmt", 362.07)
			.put("Balance", 0.1);
		ObjectNode response = EventJson.mapper().createObjectNode();
		response.set("Invoice", list);

		QboInvoice invoice = InvoicePages.invoices(response).get(0);

		assertThat(invoice.totalAmt()).isEqualByComparingTo("362.07");
		assertThat(invoice.balance().toPlainString()).isEqualTo("0.1");
		assertThat(invoice.dueDate()).hasToString("2026-04-13");
	}

	private java.util.function.Function<String, JsonNode> invoicesOf(int total) {
		List<Integer> unpaid = new ArrayList<>();
		for (int i = 1; i <= total; i++) {
			unpaid.add(i);
		}
		return unpaid(unpaid);
	}

	/** Answers keyset pages over the unpaid invoice ids as they are when each page is asked for. */
	private java.util.function.Function<String, JsonNode> unpaid(List<Integer> unpaid) {
		return (query) -> {
			this.queries.add(query);
			Matcher after = AFTER.matcher(query);
			int afterId = after.find() ? Integer.parseInt(after.group(1)) : 0;
			Matcher max = MAX.matcher(query);
			assertThat(max.find()).isTrue();
			int maxResults = Integer.parseInt(max.group(1));
			ArrayNode list = EventJson.mapper().createArrayNode();
			unpaid.stream()
				.filter((id) -> id > afterId)
				.sorted()
				.limit(maxResults)
				.forEach((id) -> list.addObject().put("Id", String.valueOf(id)).put("Balance", 10));
			ObjectNode response = EventJson.mapper().createObjectNode();
			if (!list.isEmpty()) {
				response.put("startPosition", 1);
				response.set("Invoice", list);
			}
			return response;
		};
	}

	private java.util.function.Function<String, JsonNode> customers(String... existing) {
		List<String> known = List.of(existing);
		return (query) -> {
			this.queries.add(query);
			Matcher ids = IDS.matcher(query);
			assertThat(ids.find()).isTrue();
			ArrayNode list = EventJson.mapper().createArrayNode();
			for (String id : ids.group(1).replace("'", "").split(",\\s*")) {
				if (known.contains(id)) {
					list.addObject().put("Id", id).put("DisplayName", "Customer " + id).put("Active", false);
				}
			}
			ObjectNode response = EventJson.mapper().createObjectNode();
			response.set("Customer", list);
			return response;
		};
	}

	private static QboInvoice invoice(String id, String customerId) {
		return new QboInvoice(id, "0", null, null, null, null, null, null, null,
				new com.qbobridge.schemas.quickbooks.QboRef(customerId, null), null, null, null, null);
	}

}
