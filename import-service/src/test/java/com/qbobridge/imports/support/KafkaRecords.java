package com.qbobridge.imports.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.qbobridge.schemas.Event;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;



/**
 * Publishes events the way the other services do (keyed by connection, envelope headers, contract JSON) and reads
 * what import-service published, straight from the broker.
 */
public final class KafkaRecords {

	private static volatile KafkaProducer<String, String> producer;

	private KafkaRecords() {
	}

	/** Publishes an event as its producer service would. */
	public static void publish(String topic, Event event) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.metadata().partitionKey(),
				EventJson.mapper().writeValueAsString(event));
		record.headers().add(EventHeaders.EVENT_ID, bytes(event.metadata().eventId().toString()));
		record.headers().add(EventHeaders.EVENT_TYPE, bytes(event.metadata().eventType()));
		record.headers().add(EventHeaders.EVENT_VERSION, bytes(String.valueOf(event.metadata().eventVersion())));
		record.headers().add(EventHeaders.CORRELATION_ID, bytes(event.metadata().correlationId().toString()));
		send(record);
	}

	/** Publishes any text, e.g. a malformed record. */
	public static void publishRaw(String topic, String key, String value) {
		send(new ProducerRecord<>(topic, key, value));
	}

	/**
	 * Waits until a topic holds records matching a condition and returns them.
	 * @param topic the topic
	 * @param matching which records count
	 * @param count how many are expected at least
	 * @return the matching records, oldest first per partition
	 */
	public static List<ConsumerRecord<String, String>> await(String topic,
			Predicate<ConsumerRecord<String, String>> matching, int count) {
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
			found.clear();
			found.addAll(read(topic).stream().filter(matching).toList());
			return found.size() >= count;
		});
		return found;
	}

	/** Everything a topic holds now. */
	public static List<ConsumerRecord<String, String>> read(String topic) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
				new StringDeserializer(), new StringDeserializer())) {
			List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
			if (partitions == null || partitions.isEmpty()) {
				return List.of();
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((p) -> new TopicPartition(p.topic(), p.partition()))
				.toList();
			consumer.assign(assigned);
			consumer.seekToBeginning(assigned);
			Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (assigned.stream().anyMatch((tp) -> consumer.position(tp) < end.get(tp))
					&& System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			return records;
		}
	}

	/** A header's value as text, or null. */
	public static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static void send(ProducerRecord<String, String> record) {
		try {
			producer().send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish to " + record.topic(), ex);
		}
	}

	private static KafkaProducer<String, String> producer() {
		KafkaProducer<String, String> current = producer;
		if (current == null) {
			synchronized (KafkaRecords.class) {
				current = producer;
				if (current == null) {
					current = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
							TestKafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(),
							new StringSerializer());
					producer = current;
				}
			}
		}
		return current;
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
