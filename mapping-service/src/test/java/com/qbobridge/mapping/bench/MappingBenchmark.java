package com.qbobridge.mapping.bench;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.mapping.MappingApplication;
import com.qbobridge.mapping.drafts.CaseDrafting;
import com.qbobridge.mapping.drafts.InvoiceMapping;
import com.qbobridge.mapping.drafts.QboFixtures;
import com.qbobridge.rules.CaseDraftValidator;
import com.qbobridge.rules.RulesSettings;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.connector.InvoiceFetched;
import com.qbobridge.schemas.quickbooks.CompanySnapshot;
import com.qbobridge.schemas.quickbooks.QboCustomer;
import com.qbobridge.schemas.quickbooks.QboInvoice;
import com.qbobridge.schemas.quickbooks.QboPhone;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures drafts per second: the mapping function alone (objects in, objects out; and JSON in, JSON out) and the
 * whole service through a real broker. Not a test; run it with
 * {@code ./mvnw -B -ntp -pl mapping-service test-compile exec:java -Pbench} (sizes via {@code -Dbench.function=} and
 * {@code -Dbench.broker=}, the service's settings via {@code -Dbench.args="--key=value ..."};
 * {@code TEST_KAFKA_BOOTSTRAP_SERVERS} points it at an existing broker).
 */
public final class MappingBenchmark {

	private static final int FUNCTION_EVENTS = Integer.getInteger("bench.function", 200_000);

	private static final int BROKER_EVENTS = Integer.getInteger("bench.broker", 50_000);

	private static final int CONNECTIONS = 24;

	private MappingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<InvoiceFetched> events = events(Math.max(FUNCTION_EVENTS, BROKER_EVENTS));
		System.out.printf("%nmapping-service benchmark (%d cores, load average %.1f, Java %s)%n",
				Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
		functionAlone(events.subList(0, FUNCTION_EVENTS));
		throughTheBroker(events.subList(0, BROKER_EVENTS));
		System.exit(0);
	}

	private static void functionAlone(List<InvoiceFetched> events) {
		CaseDrafting drafting = new CaseDrafting(new InvoiceMapping(),
				new CaseDraftValidator(RulesSettings.defaults(), Clock.systemUTC()));
		List<byte[]> json = events.stream().map(EventJson.mapper()::writeValueAsBytes).toList();
		for (int round = 0; round < 2; round++) {
			events.forEach(drafting::draft);
		}
		long started = System.nanoTime();
		long rejected = 0;
		for (InvoiceFetched event : events) {
			rejected += drafting.draft(event).violations().isEmpty() ? 0 : 1;
		}
		report("mapping + validation (objects)", events.size(), System.nanoTime() - started,
				rejected + " rejected");
		started = System.nanoTime();
		long bytes = 0;
		for (byte[] record : json) {
			InvoiceFetched event = EventJson.mapper().readValue(record, InvoiceFetched.class);
			bytes += EventJson.mapper().writeValueAsBytes(drafting.draft(event)).length;
		}
		report("JSON in -> mapping + validation -> JSON out", json.size(), System.nanoTime() - started,
				(bytes / json.size()) + " bytes per draft");
	}

	private static void throughTheBroker(List<InvoiceFetched> events) throws Exception {
		String servers = TestKafka.bootstrapServers();
		TestKafka.createCatalogTopics();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MappingApplication.class)
			.run(arguments(servers));
				KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
						Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
								5000),
						new StringDeserializer(), new ByteArrayDeserializer());
				KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ProducerConfig.LINGER_MS_CONFIG, 10,
								ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024),
						new StringSerializer(), new ByteArraySerializer())) {
			// Only the drafts of this run count: read from the topic's end as it is before the first record leaves.
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_DRAFTED)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToEnd(partitions);
			partitions.forEach(consumer::position);
			// Keyed as the connector keys them: one import spreads over every partition.
			List<ProducerRecord<String, byte[]>> records = events.stream()
				.map((event) -> new ProducerRecord<>(Topics.INVOICE_FETCHED,
						Topics.invoiceKey(event.metadata(), event.invoice().id()),
						EventJson.mapper().writeValueAsBytes(event)))
				.toList();
			long started = System.nanoTime();
			records.forEach(producer::send);
			producer.flush();
			long published = System.nanoTime() - started;
			int received = 0;
			long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
			while (received < records.size() && System.nanoTime() < deadline) {
				received += consumer.poll(Duration.ofMillis(200)).count();
			}
			long elapsed = System.nanoTime() - started;
			System.out.printf("  %-46s %,d events published in %,d ms%n", "producer (test side)", records.size(),
					published / 1_000_000);
			report("through the broker (publish -> draft consumed)", received, elapsed, "concurrency "
					+ context.getEnvironment().getProperty("pipeline.mapping.drafting.concurrency"));
		}
	}

	/** The service's arguments: the broker, plus whatever {@code -Dbench.args} adds. */
	private static String[] arguments(String servers) {
		List<String> arguments = new ArrayList<>(List.of("--spring.kafka.bootstrap-servers=" + servers,
				"--server.port=0", "--logging.level.root=WARN"));
		String extra = System.getProperty("bench.args", "").strip();
		if (!extra.isEmpty()) {
			arguments.addAll(List.of(extra.split("\\s+")));
		}
		return arguments.toArray(String[]::new);
	}

	private static void report(String what, long drafts, long nanos, String note) {
		double seconds = nanos / 1e9;
		System.out.printf("  %-46s %,10.0f drafts/s  (%,d drafts in %.2f s; %s)%n", what, drafts / seconds, drafts,
				seconds, note);
	}

	/** Every event gets its own phone number, so that no cache or branch predictor flatters the numbers. */
	private static QboCustomer withPhone(QboCustomer customer, String phone) {
		return new QboCustomer(customer.id(), customer.syncToken(), customer.displayName(), customer.companyName(),
				customer.givenName(), customer.familyName(), customer.primaryEmailAddr(), new QboPhone(phone),
				customer.mobile(), customer.billAddr(), customer.currencyRef(), customer.active());
	}

	/** A realistic mix: unpaid, partly paid, multicurrency, UK without number, and rejected (no address). */
	private static List<InvoiceFetched> events(int count) {
		record Kind(CompanySnapshot company, QboInvoice invoice, QboCustomer customer, String phonePrefix) {
		}
		List<Kind> kinds = List.of(
				new Kind(QboFixtures.CRAIGS, QboFixtures.invoice("invoice-130-unpaid-free-form-address.json"),
						QboFixtures.customer("customer-24-company.json"), "(650) 4"),
				new Kind(QboFixtures.CRAIGS, QboFixtures.invoice("invoice-1038-partially-paid.json"),
						QboFixtures.customer("customer-8-company-mobile-only.json"), "415-7"),
				new Kind(QboFixtures.CRAIGS, QboFixtures.invoice("invoice-2041-multicurrency-eur.json"),
						QboFixtures.customer("customer-77-german-company.json"), "089 4"),
				new Kind(QboFixtures.BENNETT_GARDENS, QboFixtures.invoice("invoice-58-uk-no-number.json"),
						QboFixtures.customer("customer-31-inactive-person.json"), "020 7"),
				new Kind(QboFixtures.CRAIGS, QboFixtures.invoice("invoice-4410-no-address.json"),
						QboFixtures.customer("customer-92-no-address.json"), "(212) 6"));
		List<UUID> connections = new ArrayList<>();
		for (int i = 0; i < CONNECTIONS; i++) {
			connections.add(UUID.randomUUID());
		}
		UUID importId = UUID.randomUUID();
		List<InvoiceFetched> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Kind kind = kinds.get(i % kinds.size());
			QboInvoice template = kind.invoice();
			QboInvoice invoice = new QboInvoice(String.valueOf(1_000_000 + i), template.syncToken(),
					template.docNumber(), template.txnDate(), template.dueDate(), template.totalAmt(),
					template.balance(), template.currencyRef(), template.exchangeRate(), template.customerRef(),
					template.billAddr(), template.billEmail(), template.privateNote(), template.metaData());
			events.add(new InvoiceFetched(EventMetadata.first(InvoiceFetched.CONTRACT, "bench-account",
					connections.get(i % CONNECTIONS), importId), kind.company(), invoice,
					withPhone(kind.customer(), kind.phonePrefix() + String.format("%02d %04d", i % 100, i % 10_000)),
					i + 1));
		}
		return events;
	}

}
