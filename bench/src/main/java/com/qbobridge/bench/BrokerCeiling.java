package com.qbobridge.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The broker's own speed for the drafting figures: records of the size the pipeline sends (one real record of a topic
 * as the sample), produced with the services' producer settings to a scratch topic of as many partitions, then read
 * back by one consumer, on the same broker in the same run. One hop; an import crosses the broker twice (fetched
 * invoices, then drafts), so the pipeline's ceiling on this broker is about half of it.
 */
final class BrokerCeiling {

	private static final Duration PATIENCE = Duration.ofMinutes(1);

	private BrokerCeiling() {
	}

	/**
	 * One real record's value of a topic, read from its beginning.
	 * @return the value, or empty if the topic holds none
	 */
	static Optional<byte[]> sample(String bootstrap, String topic) {
		try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (PartitionInfo info : consumer.partitionsFor(topic)) {
				partitions.add(new TopicPartition(topic, info.partition()));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (record.value() != null) {
						return Optional.of(record.value());
					}
				}
			}
			return Optional.empty();
		}
	}

	/**
	 * Sends {@code count} copies of a value through a new topic and reads them back.
	 * @param partitions the scratch topic's partitions (those of the topic the sample came from)
	 * @return the records read back and the seconds of writing plus reading them
	 */
	static Result oneHop(String bootstrap, byte[] value, int count, int partitions) {
		String topic = "bench.ceiling." + UUID.randomUUID();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		// Written first, then read: each side timed on its own, so that neither waits for the other's start-up. One
		// untimed record per partition first: a producer that writes to a topic whose partitions have no leader yet
		// retries until its delivery timeout, which would be timed as the broker's speed.
		long started;
		try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
			awaitLeaders(producer, topic, partitions);
			for (int p = 0; p < partitions; p++) {
				producer.send(new ProducerRecord<>(topic, p, ("warm-up-" + p).getBytes(), value));
			}
			producer.flush();
			started = System.nanoTime();
			for (int i = 0; i < count; i++) {
				producer.send(new ProducerRecord<>(topic, ("key-" + i).getBytes(), value));
			}
			producer.flush();
		}
		double writeSeconds = (System.nanoTime() - started) / 1e9;
		try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
			List<TopicPartition> assigned = new ArrayList<>();
			for (int p = 0; p < partitions; p++) {
				assigned.add(new TopicPartition(topic, p));
			}
			consumer.assign(assigned);
			consumer.seekToBeginning(assigned);
			long reading = System.nanoTime();
			long read = 0;
			long deadline = reading + PATIENCE.toNanos();
			while (read < count + partitions && System.nanoTime() < deadline) {
				read += consumer.poll(Duration.ofMillis(200)).count();
			}
			return new Result(Math.max(0, read - partitions), count, writeSeconds, (System.nanoTime() - reading) / 1e9, value.length);
		}
	}

	/** Until the producer's metadata names a leader for every partition of the new topic. */
	private static void awaitLeaders(KafkaProducer<byte[], byte[]> producer, String topic, int partitions) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			List<PartitionInfo> infos = producer.partitionsFor(topic);
			if (infos.size() == partitions && infos.stream().allMatch((info) -> info.leader() != null)) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	// The services' producer settings (pipeline-messaging's MessagingAutoConfiguration).
	private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 131072,
				ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new ByteArraySerializer(), new ByteArraySerializer());
	}

	/**
	 * What one hop did.
	 *
	 * @param records records read back
	 * @param sent records written
	 * @param writeSeconds writing them, until the broker acknowledged the last
	 * @param readSeconds reading them back
	 * @param recordBytes the size of each value
	 */
	record Result(long records, long sent, double writeSeconds, double readSeconds, int recordBytes) {

		double perSecond() {
			return this.records / (this.writeSeconds + this.readSeconds);
		}

		String describe() {
			return String.format(java.util.Locale.ROOT, "%,.0f/s (%,d bytes each; %,d written in %.2f s, %,d read in"
					+ " %.2f s)", perSecond(), this.recordBytes, this.sent, this.writeSeconds, this.records,
					this.readSeconds);
		}

	}

}
