package com.qbobridge.sandbox.accounting;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import com.qbobridge.sandbox.SandboxIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through 10,000 invoices with Intuit's query language returns every unpaid invoice exactly once, and the
 * query subset (counts, order, in, like, dates, inactive customers, minor versions) behaves like Intuit's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPagingIntegrationTests extends SandboxIntegrationTestSupport {

	private String realm;

	private Connection connection;

	private List<JsonNode> allInvoices;

	@BeforeAll
	void createLargeRealm() {
		this.realm = createRealm(300, 10_000, 2024);
		this.connection = connect(this.realm);
		HttpResponse<String> invoices = get("/admin/realms/" + this.realm + "/invoices");
		assertThat(invoices.statusCode()).isEqualTo(200);
		this.allInvoices = new ArrayList<>();
		body(invoices).forEach(this.allInvoices::add);
		assertThat(this.allInvoices).hasSize(10_000);
	}

	@Test
	void pagingReturnsEveryUnpaidInvoiceExactlyOnce() {
		Set<String> expected = new HashSet<>();
		for (JsonNode invoice : this.allInvoices) {
			if (invoice.get("Balance").decimalValue().signum() > 0) {
				expected.add(invoice.get("Id").asString());
			}
		}
		assertThat(expected).hasSizeBetween(3_000, 7_000);

		JsonNode count = body(query(this.realm, "select count(*) from Invoice where Balance > '0'", token()));
		assertThat(count.at("/QueryResponse/totalCount").asLong()).isEqualTo(expected.size());

		List<String> seen = new ArrayList<>();
		int start = 1;
		while (true) {
			HttpResponse<String> page = query(this.realm,
					"SELECT * FROM Invoice WHERE Balance > '0' ORDERBY Id STARTPOSITION " + start + " MAXRESULTS 1000",
					token());
			assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
			JsonNode response = body(page).get("QueryResponse");
			if (!response.has("Invoice")) {
				break;
			}
			assertThat(response.get("startPosition").asInt()).isEqualTo(start);
			assertThat(response.get("maxResults").asInt()).isEqualTo(response.get("Invoice").size());
			response.get("Invoice").forEach((invoice) -> seen.add(invoice.get("Id").asString()));
			start += response.get("Invoice").size();
		}
		assertThat(seen).doesNotHaveDuplicates();
		assertThat(new HashSet<>(seen)).isEqualTo(expected);
	}

	@Test
	void pagingInDueDateOrderAlsoCoversEveryUnpaidInvoiceOnce() {
		List<String> seen = new ArrayList<>();
		String previousDueDate = "";
		for (int start = 1;; start += 1000) {
			JsonNode response = body(query(this.realm, "select * from Invoice where Balance > '0' orderby DueDate desc"
					+ " startposition " + start + " maxresults 1000", token()))
				.get("QueryResponse");
			if (!response.has("Invoice")) {
				break;
			}
			for (JsonNode invoice : response.get("Invoice")) {
				String dueDate = invoice.get("DueDate").asString();
				if (!previousDueDate.isEmpty()) {
					assertThat(dueDate).isLessThanOrEqualTo(previousDueDate);
				}
				previousDueDate = dueDate;
				seen.add(invoice.get("Id").asString());
			}
		}
		long unpaid = this.allInvoices.stream().filter((invoice) -> invoice.get("Balance").decimalValue().signum() > 0).count();
		assertThat(seen).doesNotHaveDuplicates().hasSize((int) unpaid);
	}

	@Test
	void defaultPageIsOneHundredAndMaxResultsAboveOneThousandIsRejected() {
		JsonNode defaults = body(query(this.realm, "select * from Invoice", token())).get("QueryResponse");
		assertThat(defaults.get("Invoice")).hasSize(100);
		assertThat(defaults.get("startPosition").asInt()).isEqualTo(1);
		JsonNode largest = body(query(this.realm, "select * from Invoice maxresults 1000", token())).get("QueryResponse");
		assertThat(largest.get("Invoice")).hasSize(1000);
		HttpResponse<String> tooLarge = query(this.realm, "select * from Invoice maxresults 5000", token());
		assertThat(tooLarge.statusCode()).isEqualTo(400);
		assertThat(body(tooLarge).at("/Fault/Error/0/Detail").asString())
			.isEqualTo("QueryValidationError: value 5000 is too large. Max allowed value is 1000");
	}

	@Test
	void filtersByDatesInListsLikeAndCustomer() {
		JsonNode first = this.allInvoices.get(0);
		String customerId = first.at("/CustomerRef/value").asString();
		String txnDate = first.get("TxnDate").asString();
		long expected = this.allInvoices.stream()
			.filter((invoice) -> invoice.at("/CustomerRef/value").asString().equals(customerId)
					&& invoice.get("TxnDate").asString().compareTo(txnDate) >= 0)
			.count();
		JsonNode count = body(query(this.realm, "select count(*) from Invoice where CustomerRef = '" + customerId
				+ "' and TxnDate >= '" + txnDate + "'", token()));
		assertThat(count.at("/QueryResponse/totalCount").asLong()).isEqualTo(expected);

		JsonNode in = body(query(this.realm, "select * from Invoice where Id in ('1000', '1001', '1002')", token()));
		assertThat(in.at("/QueryResponse/Invoice")).hasSize(3);

		JsonNode like = body(query(this.realm, "select * from Invoice where DocNumber like 'INV-%' maxresults 1000",
				token()));
		assertThat(like.at("/QueryResponse/Invoice")).isNotEmpty()
			.allSatisfy((invoice) -> assertThat(invoice.get("DocNumber").asString()).startsWith("INV-"));
	}

	@Test
	void customerQueriesHideInactiveCustomersUnlessAsked() {
		long active = body(query(this.realm, "select count(*) from Customer", token())).at("/QueryResponse/totalCount")
			.asLong();
		long all = body(query(this.realm, "select count(*) from Customer where Active in (true, false)", token()))
			.at("/QueryResponse/totalCount")
			.asLong();
		long inactive = body(query(this.realm, "select count(*) from Customer where Active = false", token()))
			.at("/QueryResponse/totalCount")
			.asLong();
		assertThat(all).isEqualTo(300);
		assertThat(inactive).isPositive();
		assertThat(active + inactive).isEqualTo(all);

		JsonNode inactiveCustomer = body(query(this.realm, "select * from Customer where Active = false maxresults 1",
				token())).at("/QueryResponse/Customer/0");
		JsonNode read = body(api(this.realm, "/customer/" + inactiveCustomer.get("Id").asString(), token()));
		assertThat(read.at("/Customer/Active").asBoolean()).isFalse();
	}

	@Test
	void readsInvoicesAndCustomersByIdWithIntuitsShape() {
		JsonNode invoice = body(api(this.realm, "/invoice/1000?minorversion=40", token())).get("Invoice");
		assertThat(invoice.get("Id").asString()).isEqualTo("1000");
		assertThat(invoice.get("SyncToken").isString()).isTrue();
		assertThat(invoice.has("TxnDate")).isTrue();
		assertThat(invoice.has("TotalAmt")).isTrue();
		// The realm has no multicurrency, so QuickBooks sends no CurrencyRef: the home currency applies.
		assertThat(invoice.has("CurrencyRef")).isFalse();
		assertThat(invoice.at("/MetaData/LastUpdatedTime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");
		JsonNode customer = body(api(this.realm, "/customer/" + invoice.at("/CustomerRef/value").asString(), token()))
			.get("Customer");
		assertThat(customer.get("DisplayName").asString()).isEqualTo(invoice.at("/CustomerRef/name").asString());
	}

	@Test
	void acceptsTheQueryAsAPostedTextBody() {
		HttpResponse<String> response = send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(url("/v3/company/" + this.realm + "/query?minorversion=75")))
			.header("Authorization", "Bearer " + token())
			.header("Content-Type", "application/text")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("select count(*) from Invoice")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(body(response).at("/QueryResponse/totalCount").asLong()).isEqualTo(10_000);
	}

	@Test
	void emptyResultsLeaveQueryResponseEmpty() {
		JsonNode response = body(query(this.realm, "select * from Invoice where Id = '99999999'", token()));
		assertThat(response.get("QueryResponse").isEmpty()).isTrue();
		assertThat(response.has("time")).isTrue();
	}

	@Test
	void projectionsReturnOnlyTheSelectedProperties() {
		JsonNode invoice = body(query(this.realm, "select Id, Balance from Invoice maxresults 1", token()))
			.at("/QueryResponse/Invoice/0");
		assertThat(invoice.has("Balance")).isTrue();
		assertThat(invoice.has("Line")).isFalse();
	}

	@Test
	void adminChangesBumpSyncTokenAndShowInQueries() {
		// Its own realm, so the large one stays as the other tests expect it.
		String realm = createRealm(5, 200, 99);
		Connection own = connect(realm);
		JsonNode open = body(query(realm,
				"select * from Invoice where Balance > '20' and TotalAmt > '20' maxresults 3", own.accessToken()))
			.at("/QueryResponse/Invoice");
		JsonNode toPay = open.get(0);
		String id = toPay.get("Id").asString();
		int syncToken = Integer.parseInt(toPay.get("SyncToken").asString());
		BigDecimal balance = toPay.get("Balance").decimalValue();

		HttpResponse<String> paid = postJson("/admin/realms/" + realm + "/invoices/" + id + "/payments",
				Map.of("amount", new BigDecimal("12.50")));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
		JsonNode afterPayment = body(api(realm, "/invoice/" + id, own.accessToken())).get("Invoice");
		assertThat(afterPayment.get("Balance").decimalValue()).isEqualByComparingTo(balance.subtract(new BigDecimal("12.50")));
		assertThat(afterPayment.get("SyncToken").asString()).isEqualTo(Integer.toString(syncToken + 1));
		assertThat(afterPayment.at("/LinkedTxn").toString()).contains("Payment");

		String voidId = open.get(1).get("Id").asString();
		assertThat(postJson("/admin/realms/" + realm + "/invoices/" + voidId + "/void", Map.of()).statusCode())
			.isEqualTo(200);
		JsonNode voided = body(api(realm, "/invoice/" + voidId, own.accessToken())).get("Invoice");
		assertThat(voided.get("Balance").decimalValue()).isZero();
		assertThat(voided.get("TotalAmt").decimalValue()).isZero();
		assertThat(voided.get("PrivateNote").asString()).contains("Voided");

		String deleteId = open.get(2).get("Id").asString();
		assertThat(delete("/admin/realms/" + realm + "/invoices/" + deleteId).statusCode()).isEqualTo(204);
		HttpResponse<String> gone = api(realm, "/invoice/" + deleteId, own.accessToken());
		assertThat(gone.statusCode()).isEqualTo(400);
		assertThat(body(gone).at("/Fault/Error/0/code").asString()).isEqualTo("610");
		assertThat(body(query(realm, "select count(*) from Invoice where Id = '" + deleteId + "'", own.accessToken()))
			.at("/QueryResponse/totalCount")
			.asLong()).isZero();

		HttpResponse<String> overpaid = postJson("/admin/realms/" + realm + "/invoices/" + voidId + "/payments",
				Map.of("amount", 1));
		assertThat(overpaid.statusCode()).isEqualTo(422);
		assertThat(body(overpaid).get("type").asString()).isEqualTo("https://qbobridge.com/problems/payment-rejected");
	}

	private String token() {
		return this.connection.accessToken();
	}

}
