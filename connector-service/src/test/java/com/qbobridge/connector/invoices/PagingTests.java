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

class PagingTests {

	private static final Pattern PAGE = Pattern.compile("startposition (\\d+) maxresults (\\d+)");

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
		assertThat(this.queries.get(1)).contains("startposition 1001 maxresults 1000");
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
		return (query) -> {
			this.queries.add(query);
			Matcher page = PAGE.matcher(query);
			assertThat(page.find()).isTrue();
			int start = Integer.parseInt(page.group(1));
			int max = Integer.parseInt(page.group(2));
			ArrayNode list = EventJson.mapper().createArrayNode();
			for (int i = start; i < start + max && i <= total; i++) {
				list.addObject().put("Id", String.valueOf(i)).put("Balance", 10);
			}
			ObjectNode response = EventJson.mapper().createObjectNode().put("startPosition", start);
			if (!list.isEmpty()) {
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
