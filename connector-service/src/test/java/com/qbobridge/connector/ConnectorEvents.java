package com.qbobridge.connector;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.ConnectionStatusChanged;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportProgressed;
import com.qbobridge.schemas.connector.InvoiceChanged;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything the connector publishes during the test run, read by one consumer on a background thread and kept by
 * topic, so that tests can wait for their own import's or connection's events.
 */
public final class ConnectorEvents {

	private static volatile ConnectorEvents instance;

	final Queue<Received<InvoiceFetched>> invoices = new ConcurrentLinkedQueue<>();

	final Queue<Received<ImportProgressed>> progress = new ConcurrentLinkedQueue<>();

	final Queue<Received<ImportCompleted>> completed = new ConcurrentLinkedQueue<>();

	final Queue<Received<ConnectionStatusChanged>> statuses = new ConcurrentLinkedQueue<>();

	final Queue<Received<InvoiceChanged>> invoiceChanges = new ConcurrentLinkedQueue<>();

	final Queue<Received<String>> deadLetters = new ConcurrentLinkedQueue<>();

	private ConnectorEvents() {
	}

	static ConnectorEvents get() {
		ConnectorEvents events = instance;
		if (events == null) {
			synchronized (ConnectorEvents.class) {
				events = instance;
				if (events == null) {
					events = new ConnectorEvents();
					events.start();
					instance = events;
				}
			}
		}
		return events;
	}

	List<InvoiceFetched> invoicesOf(UUID importId) {
		return this.invoices.stream()
			.map(Received::event)
			.filter((event) -> importId.equals(event.metadata().importId()))
			.toList();
	}

	List<Received<InvoiceFetched>> receivedInvoicesOf(UUID importId) {
		return this.invoices.stream().filter((event) -> importId.equals(event.event().metadata().importId())).toList();
	}

	List<ImportProgressed> progressOf(UUID importId) {
		return this.progress.stream()
			.map(Received::event)
			.filter((event) -> importId.equals(event.metadata().importId()))
			.toList();
	}

	List<ImportCompleted> completedOf(UUID importId) {
		return this.completed.stream()
			.map(Received::event)
			.filter((event) -> importId.equals(event.metadata().importId()))
			.toList();
	}

	List<ConnectionStatusChanged> statusesOf(UUID connectionId) {
		return this.statuses.stream()
			.map(Received::event)
			.filter((event) -> connectionId.equals(event.metadata().connectionId()))
			.toList();
	}

	List<InvoiceChanged> changesOf(String realmId, String invoiceId) {
		return this.invoiceChanges.stream()
			.map(Received::event)
			.filter((event) -> realmId.equals(event.source().realmId()) && invoiceId.equals(event.source().invoiceId()))
			.toList();
	}

	List<Received<InvoiceChanged>> receivedChangesOf(String realmId, String invoiceId) {
		return this.invoiceChanges.stream()
			.filter((record) -> realmId.equals(record.event().source().realmId())
					&& invoiceId.equals(record.event().source().invoiceId()))
			.toList();
	}

	List<Received<String>> deadLettersWith(String text) {
		return this.deadLetters.stream().filter((record) -> record.event().contains(text)).toList();
	}

	private void start() {
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestKafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "connector-tests-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000"),
				new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(Topics.INVOICE_FETCHED, Topics.IMPORT_PROGRESSED, Topics.IMPORT_COMPLETED,
				Topics.CONNECTION_STATUS_CHANGED, Topics.INVOICE_CHANGED, Topics.deadLetter(Topics.IMPORT_REQUESTED),
				Topics.deadLetter(Topics.CASE_CREATED)));
		Thread poller = new Thread(() -> {
			while (true) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					accept(record);
				}
			}
		}, "connector-events");
		poller.setDaemon(true);
		poller.start();
	}

	private void accept(ConsumerRecord<String, String> record) {
		Map<String, String> headers = new java.util.HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
		}
		switch (record.topic()) {
			case Topics.INVOICE_FETCHED -> this.invoices.add(read(record, headers, InvoiceFetched.class));
			case Topics.IMPORT_PROGRESSED -> this.progress.add(read(record, headers, ImportProgressed.class));
			case Topics.IMPORT_COMPLETED -> this.completed.add(read(record, headers, ImportCompleted.class));
			case Topics.INVOICE_CHANGED -> this.invoiceChanges.add(read(record, headers, InvoiceChanged.class));
			case Topics.CONNECTION_STATUS_CHANGED ->
				this.statuses.add(read(record, headers, ConnectionStatusChanged.class));
			default -> this.deadLetters.add(new Received<>(record.key(), record.value(), headers, record.partition()));
		}
	}

	private static <T> Received<T> read(ConsumerRecord<String, String> record, Map<String, String> headers,
			Class<T> type) {
		return new Received<>(record.key(), EventJson.mapper().readValue(record.value(), type), headers,
				record.partition());
	}

	/**
	 * One record as the broker delivered it.
	 */
	record Received<T>(String key, T event, Map<String, String> headers, int partition) {
	}

}
