package com.qbobridge.imports.cases.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.RemoteServicesStub;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Cases page hands its filter, order and page to case-service and renders the answer escaped, in words, with a
 * link to each case's page; the case page shows the debtor, amounts, source invoice and history.
 */
@ImportServiceIntegrationTest
class CasesPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithUserDetails("api@acme.test")
	void listsFiltersAndLinksTheAccountsCases() throws Exception {
		UUID connection = RemoteServicesStub.get().addConnection("acme", "Cases & Co", "ACTIVE");
		String realm = "realm-" + connection.toString().substring(0, 8);
		UUID caseId = UUID.randomUUID();
		RemoteServicesStub.get().addCase("acme", collectionCase(caseId, "INV-7701", "Smith & <b>Sons</b>", realm));

		this.mvc.perform(get("/cases").param("q", "INV-77").param("status", "CREATED").param("sort", "DUE_DATE")
			.param("direction", "asc")
			.param("currency", "usd")
			.param("importId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"nav-cases\""), containsString("id=\"cases-filter\""),
					containsString("data-case-id=\"" + caseId + "\""),
					containsString("href=\"/cases/" + caseId + "\""), containsString("Smith &amp; &lt;b&gt;Sons&lt;/b&gt;"),
					containsString("Created, being handed to collection"), containsString("value=\"INV-77\""),
					not(containsString("<b>Sons</b>")))));
		RemoteServicesStub.Call call = RemoteServicesStub.get()
			.calls()
			.stream()
			.filter((c) -> c.path().endsWith("/cases") && c.query().contains("INV-77"))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(call.query()).contains("q=INV-77", "status=CREATED", "sort=due_date", "direction=asc",
				"currency=USD", "page=0", "size=25")
			.doesNotContain("importId");

		this.mvc.perform(get("/cases/{id}", caseId))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Case INV-7701"), containsString("Cases &amp; Co"),
					containsString("id=\"case-invoice-id\">7701<"), containsString("1250.00 USD"), containsString("4581 Finch St."), containsString("created from the draft approved by creditor"),
					containsString("id=\"case-history\""))));
		this.mvc.perform(get("/cases/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases").param("sort", "COLOUR")).andExpect(status().isBadRequest());
	}

	static Map<String, Object> collectionCase(UUID caseId, String reference, String debtor, String realm) {
		return Map.ofEntries(Map.entry("id", caseId.toString()), Map.entry("creditorReference", reference),
				Map.entry("caseDate", "2026-01-01"), Map.entry("dueDate", "2026-02-01"),
				Map.entry("amountToRecover", "1250.00"), Map.entry("originalTotal", "1500.00"),
				Map.entry("currency", "USD"), Map.entry("jurisdiction", "US"),
				Map.entry("debtor", Map.of("type", "COMPANY", "name", debtor, "email", "ap@example.com", "address",
						Map.of("lines", List.of("4581 Finch St."), "city", "Bayshore", "region", "CA", "postalCode",
								"94326", "country", "US"))),
				Map.entry("source", Map.of("system", "QUICKBOOKS_ONLINE", "realmId", realm, "invoiceId", "7701")),
				Map.entry("origin", Map.of("approvedBy", "creditor@example.com")), Map.entry("status", "CREATED"),
				Map.entry("createdAt", "2026-03-01T10:00:00Z"), Map.entry("updatedAt", "2026-03-01T10:00:00Z"));
	}

}
