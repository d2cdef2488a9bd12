package com.qbobridge.mapping.invoices;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.qbobridge.mapping.drafts.InvoiceNotMappable;
import com.qbobridge.mapping.drafts.QboFixtures;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.InvoiceNotDrafted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.kafka.support.serializer.DeserializationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an invoice that cannot be drafted tells its import: read from the event when it was readable, from the raw
 * JSON when it was not, nothing when nothing names an import; the same record always under the same event id.
 */
class UndraftedTests {

	private final InvoiceFetched event = QboFixtures.event(QboFixtures.CRAIGS, "invoice-1038-partially-paid.json",
			"customer-8-company-mobile-only.json");

	@Test
	void attributesAnUnmappableInvoiceToItsImport() {
		Undrafted undrafted = new Undrafted(record(this.event),
				new InvoiceNotMappable("The invoice has no QuickBooks Id"));

		InvoiceNotDrafted fate = undrafted.fate().orElseThrow();

		EventMetadata cause = this.event.metadata();
		assertThat(fate.metadata().eventType()).isEqualTo("InvoiceNotDrafted");
		assertThat(fate.metadata().importId()).isEqualTo(cause.importId());
		assertThat(fate.metadata().connectionId()).isEqualTo(cause.connectionId());
		assertThat(fate.metadata().accountId()).isEqualTo(cause.accountId());
		assertThat(fate.metadata().correlationId()).isEqualTo(cause.correlationId());
		assertThat(fate.failedEventId()).isEqualTo(cause.eventId());
		assertThat(fate.invoiceId()).isEqualTo(this.event.invoice().id());
		assertThat(fate.sequence()).isEqualTo(this.event.sequence());
		assertThat(fate.reason()).isEqualTo("InvoiceNotMappable: The invoice has no QuickBooks Id");
		// A redelivered record announces the same fate under the same id, so import-service counts it once.
		assertThat(undrafted.fate().orElseThrow().metadata().eventId()).isEqualTo(fate.metadata().eventId());
	}

	@Test
	void readsTheImportFromTheRawJsonOfARecordThatBreaksTheContract() {
		ObjectNode json = (ObjectNode) EventJson.mapper().valueToTree(this.event);
		json.remove("company");
		byte[] raw = json.toString().getBytes(StandardCharsets.UTF_8);

		InvoiceNotDrafted fate = new Undrafted(record(null), new DeserializationException("unreadable", raw, false,
				new NullPointerException("company must not be null")))
			.fate()
			.orElseThrow();

		assertThat(fate.metadata().importId()).isEqualTo(this.event.metadata().importId());
		assertThat(fate.failedEventId()).isEqualTo(this.event.metadata().eventId());
		assertThat(fate.invoiceId()).isEqualTo(this.event.invoice().id());
		assertThat(fate.docNumber()).isEqualTo(this.event.invoice().docNumber());
		assertThat(fate.sequence()).isEqualTo(this.event.sequence());
		assertThat(fate.reason()).isEqualTo("NullPointerException: company must not be null");
	}

	@Test
	void announcesNothingWhenNothingNamesAnImport() {
		byte[] notJson = "{\"metadata\": {not json".getBytes(StandardCharsets.UTF_8);
		ObjectNode withoutImport = (ObjectNode) EventJson.mapper().valueToTree(this.event);
		((ObjectNode) withoutImport.get("metadata")).remove("importId");

		assertThat(unreadable(notJson).fate()).isEmpty();
		assertThat(Undrafted.unreadable(record(null)).failure()).hasMessage("Empty record: not an InvoiceFetched");
		assertThat(unreadable(withoutImport.toString().getBytes(StandardCharsets.UTF_8)).fate()).isEmpty();
		assertThat(new Undrafted(record(new InvoiceFetched(
				EventMetadata.first(InvoiceFetched.CONTRACT, "acme", UUID.randomUUID(), null), this.event.company(),
				this.event.invoice(), null, 1)), new InvoiceNotMappable("no id"))
			.fate()).isEmpty();
	}

	private static Undrafted unreadable(byte[] raw) {
		return new Undrafted(record(null), new DeserializationException("unreadable", raw, false,
				new IllegalStateException("unreadable")));
	}

	private static ConsumerRecord<String, @Nullable InvoiceFetched> record(@Nullable InvoiceFetched value) {
		return new ConsumerRecord<>(Topics.INVOICE_FETCHED, 3, 42L, "key", value);
	}

}
