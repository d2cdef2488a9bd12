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
	void unknownRealmIsAProblemDetail() {
		HttpResponse<String> response = postJson("/admin/realms/404404/entities", java.util.Map.of("Invoice", java.util.List.of()));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(body(response).get("type").asString()).isEqualTo("https://qbobridge.com/problems/realm-not-found");
	}

}
