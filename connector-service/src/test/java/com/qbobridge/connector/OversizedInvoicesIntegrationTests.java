package com.qbobridge.connector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.connector.TruncatedField;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GH-12: a company holding texts far over Intuit's field limits (planted in the sandbox, which refuses them on an
 * ordinary load as QuickBooks does) still imports: the invoice whose record would pass the broker's 1 MiB limit is
 * published with its longest texts shortened and listed in {@code truncatedFields}, every other invoice untouched,
 * and a page of invoices at Intuit's own limits (several MiB in all) is handed on in the producer's batches. The
 * import completes and its count is the number of invoices received.
 */
class OversizedInvoicesIntegrationTests extends ConnectorIntegrationTest {

	private static final int MIB = 1024 * 1024;

	/** The connector's default largest record. */
	private static final int MAX_RECORD_BYTES = 256 * 1024;

	private static final int AT_INTUITS_LIMITS = 300;

	@Test
	void anInvoiceWithAMegabyteOfTextIsShortenedAndFlaggedAndTheImportCompletes() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createEmptyRealm("Damaged Data Co", "US", "USD");
		sandbox().plantEntities(realmId, entities());
		UUID connectionId = connect(account, realmId);

		ImportRequested request = requestImport(account, connectionId, DateField.DUE_DATE, null, null);
		ImportCompleted completed = InvoiceImportIntegrationTests.awaitCompleted(request);

		assertThat(completed.succeeded()).as(completed.detail()).isTrue();
		assertThat(completed.invoicesFetched()).isEqualTo(AT_INTUITS_LIMITS + 2);
		Map<String, InvoiceFetched> received = new LinkedHashMap<>();
		events().invoicesOf(request.metadata().importId())
			.forEach((event) -> received.put(event.invoice().id(), event));
		assertThat(received).hasSize(AT_INTUITS_LIMITS + 2);
		assertThat(received.values()).allSatisfy((event) -> assertThat(
				EventJson.mapper().writeValueAsBytes(event).length)
			.isLessThanOrEqualTo(MAX_RECORD_BYTES));

		InvoiceFetched memo = received.get("10");
		assertThat(memo.truncatedFields()).containsExactly(new TruncatedField("invoice.PrivateNote", MIB, 4000));
		assertThat(memo.invoice().privateNote()).hasSize(4000).startsWith("Voided? no. ");
		assertThat(memo.invoice().docNumber()).isEqualTo("INV-10");

		InvoiceFetched identity = received.get("11");
		assertThat(identity.truncatedFields()).extracting(TruncatedField::field)
			.containsExactlyInAnyOrder("invoice.DocNumber", "customer.DisplayName", "customer.FullyQualifiedName");
		assertThat(identity.truncatedFields()).allSatisfy((field) -> assertThat(field.length()).isEqualTo(MIB));
		// Still far longer than any case field (a creditor reference holds 50): the case rules refuse it, with reason.
		assertThat(identity.invoice().docNumber()).hasSizeGreaterThan(250);
		assertThat(identity.customer().companyName()).isEqualTo("Hostile Data Ltd");

		assertThat(received.get("100").truncatedFields()).as("at Intuit's limits nothing is cut").isNull();
		assertThat(received.get("100").invoice().privateNote()).hasSize(4000);
		assertThat(received.get("100").invoice().billAddr().line1()).hasSize(400);
	}

	private static Map<String, Object> entities() {
		List<Object> invoices = new ArrayList<>();
		Map<String, Object> memo = invoice("10", "1", "INV-10");
		memo.put("PrivateNote", "Voided? no. " + "m".repeat(MIB - 12));
		memo.put("Line", List.of(Map.of("Amount", 100.0, "DetailType", "SalesItemLineDetail", "Description",
				"d".repeat(MIB), "SalesItemLineDetail", Map.of("Qty", 1, "UnitPrice", 100.0))));
		invoices.add(memo);
		invoices.add(invoice("11", "2", "n".repeat(MIB)));
		for (int i = 0; i < AT_INTUITS_LIMITS; i++) {
			Map<String, Object> full = invoice(Integer.toString(100 + i), "1", "INV-" + (100 + i));
			full.put("PrivateNote", "p".repeat(4000));
			full.put("BillAddr", Map.of("Line1", "a".repeat(400), "Line2", "b".repeat(400), "Line3", "c".repeat(400),
					"City", "Springfield", "PostalCode", "12345", "Country", "US"));
			invoices.add(full);
		}
		return Map.of("Customer",
				List.of(Map.of("Id", "1", "SyncToken", "0", "DisplayName", "Plain Debtor Inc", "CompanyName",
						"Plain Debtor Inc"),
						Map.of("Id", "2", "SyncToken", "0", "DisplayName", "h".repeat(MIB), "CompanyName",
								"Hostile Data Ltd")),
				"Invoice", invoices);
	}

	private static Map<String, Object> invoice(String id, String customerId, String docNumber) {
		Map<String, Object> invoice = new LinkedHashMap<>();
		invoice.put("Id", id);
		invoice.put("SyncToken", "0");
		invoice.put("DocNumber", docNumber);
		invoice.put("TxnDate", "2026-10-01");
		invoice.put("DueDate", "2026-10-31");
		invoice.put("CustomerRef", Map.of("value", customerId));
		invoice.put("TotalAmt", 100.0);
		invoice.put("Balance", 100.0);
		return invoice;
	}

}
