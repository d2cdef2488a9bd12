package com.qbobridge.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseUpdated;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads what case-service publishes from the moment it is opened, on a background thread, the way an analytics
 * consumer would: raw records (headers included) and their payloads parsed into the contract records.
 */
public final class CaseEvents implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();

	private final Thread poller;

	private volatile boolean running = true;

	private CaseEvents(List<String> topics) {
		TestTopics.ensure();
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
				new StringDeserializer(), new StringDeserializer());
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : topics) {
			// A topic just created may not have all its partitions in the metadata yet.
			Awaitility.await()
				.atMost(Duration.ofSeconds(60))
				.until(() -> this.consumer.partitionsFor(topic, Duration.ofSeconds(10)),
						(infos) -> infos.size() >= TestTopics.PARTITIONS)
				.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
		}
		this.consumer.assign(partitions);
		this.consumer.seekToEnd(partitions);
		partitions.forEach(this.consumer::position);
		this.poller = new Thread(this::poll, "case-events");
		this.poller.setDaemon(true);
		this.poller.start();
	}

	/**
	 * Starts reading {@code case.created}, {@code case.rejected}, {@code case.updated} and the approvals'
	 * dead-letter topic from their ends.
	 * @return the reader
	 */
	public static CaseEvents open() {
		return new CaseEvents(List.of(Topics.CASE_CREATED, Topics.CASE_REJECTED,
				Topics.deadLetter(Topics.CASE_DRAFT_APPROVED), Topics.CASE_UPDATED));
	}

	private void poll() {
		try {
			while (this.running) {
				this.consumer.poll(Duration.ofMillis(200)).forEach(this.records::add);
			}
		}
		catch (WakeupException ex) {
			// closing
		}
		finally {
			this.consumer.close();
		}
	}

	public List<ConsumerRecord<String, String>> records(String topic) {
		return this.records.stream().filter((record) -> record.topic().equals(topic)).toList();
	}

	public List<CaseCreated> created(String accountId) {
		return records(Topics.CASE_CREATED).stream()
			.map((record) -> EventJson.mapper().readValue(record.value(), CaseCreated.class))
			.filter((event) -> event.metadata().accountId().equals(accountId))
			.toList();
	}

	public List<CaseRejected> rejected(String accountId) {
		return records(Topics.CASE_REJECTED).stream()
			.map((record) -> EventJson.mapper().readValue(record.value(), CaseRejected.class))
			.filter((event) -> event.metadata().accountId().equals(accountId))
			.toList();
	}

	public List<CaseUpdated> updated(String accountId) {
		return records(Topics.CASE_UPDATED).stream()
			.map((record) -> EventJson.mapper().readValue(record.value(), CaseUpdated.class))
			.filter((event) -> event.metadata().accountId().equals(accountId))
			.toList();
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.consumer.wakeup();
		this.poller.join(10_000);
	}

}
