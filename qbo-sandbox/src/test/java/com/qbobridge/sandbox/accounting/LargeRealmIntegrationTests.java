package com.qbobridge.sandbox.accounting;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.qbobridge.sandbox.SandboxIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company with 100,000 invoices is created through the admin API and served: counts, the first and the last page.
 */
class LargeRealmIntegrationTests extends SandboxIntegrationTestSupport {

	@Test
	void generatesAndServesOneHundredThousandInvoices() {
		HttpResponse<String> created = postJson("/admin/realms", Map.of("companyName", "Big Co", "seed", 100,
				"customers", 2_000, "invoices", 100_000, "multiCurrencyEnabled", true));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(body(created).get("invoices").asInt()).isEqualTo(100_000);
		String realm = body(created).get("realmId").asString();
		Connection connection = connect(realm);

		long all = body(query(realm, "select count(*) from Invoice", connection.accessToken()))
			.at("/QueryResponse/totalCount")
			.asLong();
		assertThat(all).isEqualTo(100_000);
		long unpaid = body(query(realm, "select count(*) from Invoice where Balance > '0'", connection.accessToken()))
			.at("/QueryResponse/totalCount")
			.asLong();
		assertThat(unpaid).isBetween(20_000L, 80_000L);

		JsonNode first = body(query(realm, "select * from Invoice where Balance > '0' orderby Id maxresults 1000",
				connection.accessToken()))
			.get("QueryResponse");
		assertThat(first.get("Invoice")).hasSize(1000);
		long lastStart = ((unpaid - 1) / 1000) * 1000 + 1;
		JsonNode last = body(query(realm, "select * from Invoice where Balance > '0' orderby Id startposition "
				+ lastStart + " maxresults 1000", connection.accessToken()))
			.get("QueryResponse");
		assertThat(last.get("Invoice")).hasSize((int) (unpaid - lastStart + 1));
		JsonNode beyond = body(query(realm, "select * from Invoice where Balance > '0' startposition " + (unpaid + 1),
				connection.accessToken()))
			.get("QueryResponse");
		assertThat(beyond.isEmpty()).isTrue();
	}

}
