package com.qbobridge.mapping.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.qbobridge.mapping.drafts.QboFixtures;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.mapping.CaseDrafted;
import com.qbobridge.schemas.mapping.DraftStatus;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service on a real broker: 10,000 fetched invoices from several connections become 10,000 drafts keyed by
 * connection, while unreadable and unmappable records land in the dead-letter topic with their reason and the stream
 * goes on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(KafkaTestInfrastructure.class)
class DraftingStreamIntegrationTests {

	private static final int INVOICES = 10_000;

	private static final int CONNECTIONS = 16;

	private static final byte[] FOREIGN_TYPE = "com.example.connector.FetchedInvoiceV7"
		.getBytes(StandardCharsets.UTF_8);

	private static final String POISON = "{\"metadata\": {not json";

	private static final String WITHOUT_INVOICE = "{\"metadata\": {\"eventId\": \"ffcbfdcf-1ce2-3c9e-8af9-166faba20947\"},"
			+ " \"invoice\": null}";

	@Test
	void draftsTenThousandInvoicesAndDeadLettersThePoison() throws Exception {
		UUID importId = UUID.randomUUID();
		List<UUID> connections = new ArrayList<>();
		for (int i = 0; i < CONNECTIONS; i++) {
			connections.add(UUID.randomUUID());
		}
		QboInvoice template = QboFixtures.invoice("invoice-1038-partially-paid.json");
		QboCustomer customer = QboFixtures.customer("customer-8-company-mobile-only.json");
		Map<UUID, InvoiceFetched> sent = new HashMap<>();
		String poisonKey = connections.get(0).toString();
		String unmappable;

		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG,
						20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
				new StringSerializer(), new StringSerializer())) {
			for (int i = 1; i <= INVOICES; i++) {
				UUID connection = connections.get(i % CONNECTIONS);
				InvoiceFetched event = new InvoiceFetched(
						EventMetadata.first(InvoiceFetched.CONTRACT, "acme-collections", connection, importId),
						QboFixtures.CRAIGS, withId(template, String.valueOf(100_000 + i), (i % 2 == 0) ? "1" : "3"),
						customer, i);
				sent.put(event.metadata().eventId(), event);
				ProducerRecord<String, String> record = new ProducerRecord<>(Topics.INVOICE_FETCHED,
						event.metadata().partitionKey(), EventJson.mapper().writeValueAsString(event));
				// A producer's own type header must not matter: consumers read into their own type.
				record.headers().add("__TypeId__", FOREIGN_TYPE);
				producer.send(record);
				if (i == INVOICES / 2) {
					producer.send(new ProducerRecord<>(Topics.INVOICE_FETCHED, poisonKey, POISON));
					producer.send(new ProducerRecord<>(Topics.INVOICE_FETCHED, poisonKey, WITHOUT_INVOICE));
				}
			}
			InvoiceFetched noId = new InvoiceFetched(
					EventMetadata.first(InvoiceFetched.CONTRACT, "acme-collections", connections.get(1), importId),
					QboFixtures.CRAIGS, withId(template, " ", "0"), customer, INVOICES + 1);
			unmappable = noId.metadata().eventId().toString();
			producer.send(new ProducerRecord<>(Topics.INVOICE_FETCHED, noId.metadata().partitionKey(),
					EventJson.mapper().writeValueAsString(noId)));
			producer.flush();
		}

		Map<UUID, ConsumerRecord<String, String>> drafts = new ConcurrentHashMap<>();
		try (KafkaConsumer<String, String> consumer = consumer(Topics.CASE_DRAFTED)) {
			await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ZERO).untilAsserted(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					CaseDrafted drafted = EventJson.mapper().readValue(record.value(), CaseDrafted.class);
					if (importId.equals(drafted.metadata().importId())) {
						drafts.put(drafted.draft().draftId(), record);
					}
				}
				assertThat(drafts).hasSize(INVOICES);
			});
		}

		Set<Long> sequences = new HashSet<>();
		for (ConsumerRecord<String, String> record : drafts.values()) {
			CaseDrafted drafted = EventJson.mapper().readValue(record.value(), CaseDrafted.class);
			assertThat(record.key()).isEqualTo(drafted.metadata().connectionId().toString());
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

		Map<String, ConsumerRecord<String, String>> deadLetters = new ConcurrentHashMap<>();
		try (KafkaConsumer<String, String> consumer = consumer(Topics.deadLetter(Topics.INVOICE_FETCHED))) {
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ZERO).untilAsserted(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					deadLetters.put(record.value(), record);
				}
				assertThat(deadLetters.keySet()).contains(POISON, WITHOUT_INVOICE)
					.anyMatch((value) -> value.contains(unmappable));
			});
		}
		ConsumerRecord<String, String> poison = deadLetters.get(POISON);
		assertThat(poison.topic()).isEqualTo("connector.invoice-fetched-dlt");
		assertThat(poison.key()).isEqualTo(poisonKey);
		assertThat(header(poison, "x-original-topic")).isEqualTo(Topics.INVOICE_FETCHED);
		assertThat(header(poison, "x-exception-message")).contains("Unreadable InvoiceFetched: Unexpected character");
		assertThat(header(poison, "x-exception-fqcn")).isNotBlank();
		assertThat(header(deadLetters.get(WITHOUT_INVOICE), "x-exception-message"))
			.contains("Unreadable InvoiceFetched: ");
		ConsumerRecord<String, String> noId = deadLetters.values()
			.stream()
			.filter((record) -> record.value().contains(unmappable))
			.findFirst()
			.orElseThrow();
		assertThat(header(noId, "x-exception-message")).contains("The invoice has no QuickBooks Id");
	}

	private static QboInvoice withId(QboInvoice template, String id, String syncToken) {
		return new QboInvoice(id, syncToken, "INV-" + id, template.txnDate(), template.dueDate(), template.totalAmt(),
				template.totalAmt(), template.currencyRef(), template.exchangeRate(), template.customerRef(),
				template.billAddr(), template.billEmail(), template.privateNote(), template.metaData());
	}

	private static KafkaConsumer<String, String> consumer(String topic) {
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestKafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "drafting-test-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
				new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(topic));
		return consumer;
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
