package com.qbobridge.mapping.invoices;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.qbobridge.schemas.Topics;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;

/**
 * Reads what mapping-service publishes (drafts, fates, dead letters) from the moment it is opened, on a background
 * thread, as import-service and an operator would see it.
 */
final class MappingEvents implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();

	private final Thread poller;

	private volatile boolean running = true;

	private MappingEvents() {
		TestKafka.createCatalogTopics();
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
				new StringDeserializer(), new StringDeserializer());
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : List.of(Topics.CASE_DRAFTED, Topics.INVOICE_NOT_DRAFTED,
				Topics.deadLetter(Topics.INVOICE_FETCHED))) {
			int expected = Topics.named(topic.replace(Topics.DEAD_LETTER_SUFFIX, "")).orElseThrow().partitions();
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.until(() -> this.consumer.partitionsFor(topic, Duration.ofSeconds(10)),
						(infos) -> infos.size() >= expected)
				.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
		}
		this.consumer.assign(partitions);
		this.consumer.seekToEnd(partitions);
		partitions.forEach(this.consumer::position);
		this.poller = new Thread(this::poll, "mapping-events");
		this.poller.setDaemon(true);
		this.poller.start();
	}

	/**
	 * Starts reading {@code mapping.case-drafted}, {@code mapping.invoice-not-drafted} and
	 * {@code connector.invoice-fetched-dlt} from their ends.
	 * @return the reader
	 */
	static MappingEvents open() {
		return new MappingEvents();
	}

	private void poll() {
		try {
			while (this.running) {
				this.consumer.poll(Duration.ofMillis(100)).forEach(this.records::add);
			}
		}
		catch (WakeupException ex) {
			// closing
		}
		finally {
			this.consumer.close();
		}
	}

	List<ConsumerRecord<String, String>> records(String topic) {
		return this.records.stream().filter((record) -> record.topic().equals(topic)).toList();
	}

	static @Nullable String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.consumer.wakeup();
		this.poller.join(10_000);
	}

}
