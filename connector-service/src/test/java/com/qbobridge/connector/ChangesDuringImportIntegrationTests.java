package com.qbobridge.connector;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * GH-12 (point 4): a debtor paying while the company is imported. Every QuickBooks call takes two seconds, so once
 * the first page's invoices reach the broker the test pays some of them before the next page is read; the import
 * then still publishes every invoice that stayed unpaid (and the paid ones, read before they were paid), and its
 * {@link ImportCompleted} says how many invoices changed while it ran.
 */
class ChangesDuringImportIntegrationTests extends ConnectorIntegrationTest {

	private static final int PAID = 7;

	@Test
	void reportsTheInvoicesPaidWhileItRanAndPublishesEveryOneThatStayedUnpaid() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Paying During Import Co", 77, 120, 5200, LocalDate.now().minusDays(7));
		UUID connectionId = connect(account, realmId);
		Map<String, BigDecimal> unpaidAtStart = new LinkedHashMap<>();
		for (JsonNode invoice : sandbox().invoices(realmId)) {
			if (invoice.get("Balance").decimalValue().signum() > 0) {
				unpaidAtStart.put(invoice.get("Id").asString(), invoice.get("Balance").decimalValue());
			}
		}
		assertThat(unpaidAtStart).as("more than one page of 1000").hasSizeGreaterThan(1000);
		sandbox().faults(realmId, Map.of("latencyMillis", 2000));

		ImportRequested request = requestImport(account, connectionId, DateField.DUE_DATE, null, null);
		UUID importId = request.metadata().importId();
		await().atMost(Duration.ofSeconds(120)).until(() -> events().invoicesOf(importId).size() >= PAID);
		List<String> paid = new ArrayList<>();
		for (InvoiceFetched fetched : events().invoicesOf(importId).subList(0, PAID)) {
			sandbox().pay(realmId, fetched.invoice().id(), fetched.invoice().balance());
			paid.add(fetched.invoice().id());
		}
		ImportCompleted completed = InvoiceImportIntegrationTests.awaitCompleted(request);
		sandbox().faults(realmId, Map.of());

		assertThat(completed.succeeded()).isTrue();
		assertThat(completed.pagesFetched()).isGreaterThanOrEqualTo(2);
		assertThat(completed.changedDuringImport()).as("the invoices paid while it ran").isEqualTo((long) PAID);
		List<String> published = events().invoicesOf(importId).stream().map((event) -> event.invoice().id()).toList();
		List<String> stayedUnpaid = new ArrayList<>(unpaidAtStart.keySet());
		stayedUnpaid.removeAll(paid);
		assertThat(published).doesNotHaveDuplicates().containsAll(stayedUnpaid).containsAll(paid);
		assertThat(completed.invoicesFetched()).isEqualTo(unpaidAtStart.size());
	}

}
