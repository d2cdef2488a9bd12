package com.qbobridge.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what the backbone published, from the run's real broker, starting after what was there before the test.
 */
public final class KafkaReading {

	private KafkaReading() {
	}

	/**
	 * A consumer positioned at the current end of every partition of a topic.
	 * @param topic the topic to read
	 * @return the consumer; the caller closes it
	 */
	public static KafkaConsumer<String, String> fromTheEndOf(String topic) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer());
		List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		partitions.forEach(consumer::position);
		return consumer;
	}

}
