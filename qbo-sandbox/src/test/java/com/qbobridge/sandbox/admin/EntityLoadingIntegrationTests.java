package com.qbobridge.sandbox.admin;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.qbobridge.sandbox.SandboxIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact data in QBO's own JSON loads into a realm and reads back through the Accounting API unchanged.
 */
class EntityLoadingIntegrationTests extends SandboxIntegrationTestSupport {

	@Test
	void loadsCustomersAndInvoicesInQboJson() throws Exception {
		String realm = createRealm(0, 0, 1);
		String document = Files.readString(Path.of("src/test/resources/qbo-export.json"));
		HttpResponse<String> loaded = send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(url("/admin/realms/" + realm + "/entities")))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(document)));
		assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
		assertThat(body(loaded).get("Invoice").asInt()).isEqualTo(2);
		assertThat(body(loaded).get("Customer").asInt()).isEqualTo(2);

		Connection connection = connect(realm);
		JsonNode invoice = body(api(realm, "/invoice/130", connection.accessToken())).get("Invoice");
		assertThat(invoice.get("DocNumber").asString()).isEqualTo("1037");
		assertThat(invoice.get("Balance").decimalValue()).isEqualByComparingTo("362.07");
		assertThat(invoice.at("/BillAddr/Line4").asString()).isEqualTo("Half Moon Bay, CA  94213");
		assertThat(invoice.at("/MetaData/CreateTime").asString()).isEqualTo("2014-09-19T13:16:17-07:00");
		assertThat(invoice.at("/CustomerRef/value").asString()).isEqualTo("24");

		JsonNode unpaid = body(query(realm, "select * from Invoice where Balance > '0'", connection.accessToken()));
		assertThat(unpaid.at("/QueryResponse/Invoice")).hasSize(1);
		JsonNode customer = body(api(realm, "/customer/24", connection.accessToken())).get("Customer");
		assertThat(customer.get("Balance").decimalValue()).isEqualByComparingTo("362.07");
		assertThat(customer.get("Active").asBoolean()).isFalse();
		assertThat(body(query(realm, "select count(*) from Customer", connection.accessToken()))
			.at("/QueryResponse/totalCount").asLong()).isEqualTo(1);

		JsonNode all = body(get("/admin/realms/" + realm + "/invoices"));
		assertThat(all).hasSize(2);
		JsonNode customers = body(get("/admin/realms/" + realm + "/customers"));
		assertThat(customers).hasSize(2);
		assertThat(customers.get(0).get("Id").asString()).isEqualTo("2");
		assertThat(customers.get(1).get("Id").asString()).isEqualTo("24");
		assertThat(customers.get(1).get("Balance").decimalValue()).isEqualByComparingTo("362.07");
	}

	@Test
	void refusesTextsLongerThanIntuitAllowsAndPlantsThemOnlyWhenAskedTo() {
		String realm = createRealm(0, 0, 1);
		java.util.Map<String, Object> hostile = java.util.Map.of("Customer",
				java.util.List.of(java.util.Map.of("Id", "1", "SyncToken", "0", "DisplayName", "Debtor Ltd")), "Invoice",
				java.util.List.of(java.util.Map.of("Id", "7", "SyncToken", "0", "DocNumber", "INV-1", "CustomerRef",
						java.util.Map.of("value", "1"), "TotalAmt", 10, "Balance", 10, "PrivateNote",
						"x".repeat(1_048_576))));

		HttpResponse<String> refused = postJson("/admin/realms/" + realm + "/entities", hostile);

		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = body(refused);
		assertThat(problem.get("type").asString()).isEqualTo("https://qbobridge.com/problems/value-too-long");
		assertThat(problem.get("field").asString()).isEqualTo("Invoice.PrivateNote");
		assertThat(problem.get("maxLength").asInt()).isEqualTo(4000);
		assertThat(problem.get("detail").asString())
			.contains("Min:0 Max:4000 supported. Supplied length:1048576", "2050", "intuitLimits=false");
		assertThat(body(get("/admin/realms/" + realm + "/customers"))).as("nothing of the refused load is kept").isEmpty();

		HttpResponse<String> tooLongNumber = postJson("/admin/realms/" + realm + "/entities",
				java.util.Map.of("Invoice", java.util.List.of(java.util.Map.of("Id", "8", "SyncToken", "0", "DocNumber",
						"INV-0000000000000000001", "CustomerRef", java.util.Map.of("value", "1")))));
		assertThat(body(tooLongNumber).get("detail").asString()).contains("Invoice.DocNumber", "Max:21",
				"Supplied length:23");

		HttpResponse<String> planted = postJson("/admin/realms/" + realm + "/entities?intuitLimits=false", hostile);

		assertThat(planted.statusCode()).as(planted.body()).isEqualTo(200);
		Connection connection = connect(realm);
		JsonNode invoice = body(api(realm, "/invoice/7", connection.accessToken())).get("Invoice");
		assertThat(invoice.get("PrivateNote").asString()).hasSize(1_048_576);
	}

	@Test
	void unknownRealmIsAProblemDetail() {
		HttpResponse<String> response = postJson("/admin/realms/404404/entities", java.util.Map.of("Invoice", java.util.List.of()));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(body(response).get("type").asString()).isEqualTo("https://qbobridge.com/problems/realm-not-found");
	}

}
