package com.qbobridge.mapping.invoices;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.qbobridge.mapping.drafts.QboFixtures;
import com.qbobridge.messaging.consuming.DeadLetters;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.mapping.InvoiceNotDrafted;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static com.qbobridge.mapping.invoices.MappingEvents.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service on a real broker: fetched invoices from several connections become drafts keyed by connection and
 * invoice, and a record that can never be drafted, in the middle of a batch, goes to the dead-letter topic with its
 * reason and is announced to its import as {@code InvoiceNotDrafted}, while the records around it are drafted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "pipeline.mapping.drafting.concurrency=2")
@AutoConfigureRestTestClient
@Import(KafkaTestInfrastructure.class)
class DraftingIntegrationTests {

	private static final int INVOICES = 10_000;

	private static final int CONNECTIONS = 16;

	private static final byte[] FOREIGN_TYPE = "com.example.connector.FetchedInvoiceV7"
		.getBytes(StandardCharsets.UTF_8);

	private static final String NOT_JSON = "{\"metadata\": {not json";

	private final QboInvoice template = QboFixtures.invoice("invoice-1038-partially-paid.json");

	private final QboCustomer customer = QboFixtures.customer("customer-8-company-mobile-only.json");

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Test
	void draftsTenThousandInvoicesKeyedByConnectionAndInvoice() throws Exception {
		UUID importId = UUID.randomUUID();
		List<UUID> connections = new ArrayList<>();
		for (int i = 0; i < CONNECTIONS; i++) {
			connections.add(UUID.randomUUID());
		}
		try (MappingEvents published = MappingEvents.open(); KafkaProducer<String, String> producer = producer()) {
			for (int i = 1; i <= INVOICES; i++) {
				InvoiceFetched event = fetched(connections.get(i % CONNECTIONS), importId,
						withId(String.valueOf(100_000 + i), (i % 2 == 0) ? "1" : "3"), i);
				ProducerRecord<String, String> record = record(event);
				// A producer's own type header must not matter: consumers read into their own type.
				record.headers().add("__TypeId__", FOREIGN_TYPE);
				producer.send(record);
			}
			producer.flush();

			await().atMost(Duration.ofSeconds(180))
				.untilAsserted(() -> assertThat(drafts(published, importId)).hasSize(INVOICES));

			Set<Long> sequences = new HashSet<>();
			for (ConsumerRecord<String, String> record : published.records(Topics.CASE_DRAFTED)) {
				CaseDrafted drafted = EventJson.mapper().readValue(record.value(), CaseDrafted.class);
				if (!importId.equals(drafted.metadata().importId())) {
					continue;
				}
				assertThat(record.key()).isEqualTo(
						drafted.metadata().connectionId() + "/" + drafted.draft().source().invoiceId());
				assertThat(header(record, EventHeaders.EVENT_ID)).isEqualTo(drafted.metadata().eventId().toString());
				assertThat(header(record, EventHeaders.EVENT_TYPE)).isEqualTo("CaseDrafted");
				assertThat(header(record, EventHeaders.EVENT_VERSION)).isEqualTo("1");
				assertThat(header(record, EventHeaders.CORRELATION_ID))
					.isEqualTo(drafted.metadata().correlationId().toString());
				assertThat(record.headers().lastHeader("__TypeId__")).isNull();
				assertThat(drafted.status()).isEqualTo(DraftStatus.VALID);
				sequences.add(drafted.sequence());
			}
			assertThat(sequences).hasSize(INVOICES);
			// One import now spreads over the partitions instead of queueing on its connection's one.
			assertThat(published.records(Topics.CASE_DRAFTED).stream().map(ConsumerRecord::partition).distinct())
				.hasSize(Topics.named(Topics.CASE_DRAFTED).orElseThrow().partitions());
		}
	}

	@Test
	void setsAsidePoisonInTheMiddleOfABatchAndTellsItsImport() throws Exception {
		UUID importId = UUID.randomUUID();
		UUID connection = UUID.randomUUID();
		InvoiceFetched before = fetched(connection, importId, withId("501", "0"), 1);
		InvoiceFetched unmappable = fetched(connection, importId, withId(" ", "0"), 3);
		InvoiceFetched breach = fetched(connection, importId, withId("504", "0"), 4);
		ObjectNode withoutCompany = (ObjectNode) EventJson.mapper().valueToTree(breach);
		withoutCompany.remove("company");
		InvoiceFetched after = fetched(connection, importId, withId("505", "0"), 5);
		// Every record on one partition, so the good ones behind the poison wait for it unless it is set aside.
		String key = connection.toString();
		MessageListenerContainer drafting = this.listeners.getListenerContainer("mapping-drafting");
		try (MappingEvents published = MappingEvents.open(); KafkaProducer<String, String> producer = producer()) {
			// Stopped while the records arrive, so that the first poll after the restart holds all of them.
			drafting.stop();
			producer.send(new ProducerRecord<>(Topics.INVOICE_FETCHED, key, json(before)));
			producer.send(new ProducerRecord<>(Topics.INVOICE_FETCHED, key, NOT_JSON));
			producer.send(new ProducerRecord<>(Topics.INVOICE_FETCHED, key, json(unmappable)));
			producer.send(new ProducerRecord<>(Topics.INVOICE_FETCHED, key, withoutCompany.toString()));
			producer.send(new ProducerRecord<>(Topics.INVOICE_FETCHED, key, json(after)));
			producer.flush();
			drafting.start();

			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				assertThat(drafts(published, importId)).extracting((drafted) -> drafted.draft().source().invoiceId())
					.containsExactlyInAnyOrder("501", "505");
				assertThat(fates(published, importId)).hasSize(2);
				assertThat(published.records(Topics.deadLetter(Topics.INVOICE_FETCHED)))
					.filteredOn((record) -> key.equals(record.key()))
					.hasSize(3);
			});

			Map<String, ConsumerRecord<String, String>> deadLetters = published
				.records(Topics.deadLetter(Topics.INVOICE_FETCHED))
				.stream()
				.filter((record) -> key.equals(record.key()))
				.collect(Collectors.toMap(ConsumerRecord::value, Function.identity()));
			ConsumerRecord<String, String> notJson = deadLetters.get(NOT_JSON);
			assertThat(header(notJson, DeadLetters.REASON)).contains("Unexpected character ('n'");
			assertThat(header(notJson, "kafka_dlt-original-topic")).isEqualTo(Topics.INVOICE_FETCHED);
			assertThat(header(notJson, "kafka_dlt-exception-fqcn")).isNotBlank();
			assertThat(deadLetters.get(withoutCompany.toString())).satisfies((record) -> assertThat(
					header(record, DeadLetters.REASON)).contains("company must not be null"));
			String unmappableId = unmappable.metadata().eventId().toString();
			assertThat(deadLetters.values()).filteredOn((record) -> record.value().contains(unmappableId))
				.singleElement()
				.satisfies((record) -> assertThat(header(record, DeadLetters.REASON))
					.isEqualTo("InvoiceNotMappable: The invoice has no QuickBooks Id"));

			Map<Long, InvoiceNotDrafted> fates = fates(published, importId).stream()
				.collect(Collectors.toMap(InvoiceNotDrafted::sequence, Function.identity()));
			assertThat(fates.get(3L)).satisfies((fate) -> {
				assertThat(fate.failedEventId()).isEqualTo(unmappable.metadata().eventId());
				assertThat(fate.invoiceId()).isNull();
				assertThat(fate.reason()).isEqualTo("InvoiceNotMappable: The invoice has no QuickBooks Id");
				assertThat(fate.metadata().accountId()).isEqualTo("acme-collections");
				assertThat(fate.metadata().connectionId()).isEqualTo(connection);
				assertThat(fate.metadata().correlationId()).isEqualTo(unmappable.metadata().correlationId());
			});
			// Unreadable as an InvoiceFetched, yet its import, invoice and position are read from the raw JSON.
			assertThat(fates.get(4L)).satisfies((fate) -> {
				assertThat(fate.failedEventId()).isEqualTo(breach.metadata().eventId());
				assertThat(fate.invoiceId()).isEqualTo("504");
				assertThat(fate.docNumber()).isEqualTo("INV-504");
				assertThat(fate.reason()).contains("company must not be null");
			});
			assertThat(published.records(Topics.INVOICE_NOT_DRAFTED))
				.filteredOn((record) -> record.value().contains(importId.toString()))
				.allSatisfy((record) -> {
					assertThat(record.key()).isEqualTo(connection.toString());
					assertThat(header(record, EventHeaders.EVENT_TYPE)).isEqualTo("InvoiceNotDrafted");
				});
		}
		finally {
			drafting.start();
		}
	}

	private static List<CaseDrafted> drafts(MappingEvents published, UUID importId) {
		return published.records(Topics.CASE_DRAFTED)
			.stream()
			.map((record) -> EventJson.mapper().readValue(record.value(), CaseDrafted.class))
			.filter((drafted) -> importId.equals(drafted.metadata().importId()))
			.toList();
	}

	private static List<InvoiceNotDrafted> fates(MappingEvents published, UUID importId) {
		return published.records(Topics.INVOICE_NOT_DRAFTED)
			.stream()
			.map((record) -> EventJson.mapper().readValue(record.value(), InvoiceNotDrafted.class))
			.filter((fate) -> importId.equals(fate.metadata().importId()))
			.toList();
	}

	private InvoiceFetched fetched(UUID connection, UUID importId, QboInvoice invoice, long sequence) {
		return new InvoiceFetched(EventMetadata.first(InvoiceFetched.CONTRACT, "acme-collections", connection, importId),
				QboFixtures.CRAIGS, invoice, this.customer, sequence);
	}

	private static ProducerRecord<String, String> record(InvoiceFetched event) {
		return new ProducerRecord<>(Topics.INVOICE_FETCHED, Topics.invoiceKey(event.metadata(), event.invoice().id()),
				json(event));
	}

	private static String json(InvoiceFetched event) {
		return EventJson.mapper().writeValueAsString(event);
	}

	private QboInvoice withId(String id, String syncToken) {
		return new QboInvoice(id, syncToken, "INV-" + id.strip(), this.template.txnDate(), this.template.dueDate(),
				this.template.totalAmt(), this.template.totalAmt(), this.template.currencyRef(),
				this.template.exchangeRate(), this.template.customerRef(), this.template.billAddr(),
				this.template.billEmail(), this.template.privateNote(), this.template.metaData());
	}

	private static KafkaProducer<String, String> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
				ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
				new StringSerializer(), new StringSerializer());
	}

}
