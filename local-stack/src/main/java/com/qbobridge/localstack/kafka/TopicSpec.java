package com.qbobridge.localstack.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.qbobridge.schemas.Topic;
import com.qbobridge.schemas.Topics;

/**
 * How one topic is created, derived from the topic catalog: the single source for the local broker, the
 * docker-compose topic script and the Strimzi {@code KafkaTopic} resources, so the three cannot drift apart.
 *
 * @param name the topic name
 * @param partitions the partition count
 * @param config topic-level configuration ({@code retention.ms}, {@code cleanup.policy}), sorted by key
 * @param deadLetter whether this is a {@code -dlt} topic
 */
public record TopicSpec(String name, int partitions, Map<String, String> config, boolean deadLetter) {

	/** Dead-letter records are kept at least this long, so that someone can look at them after a holiday. */
	static final Duration MIN_DEAD_LETTER_RETENTION = Duration.ofDays(14);

	public TopicSpec {
		Objects.requireNonNull(name, "name must not be null");
		if (partitions < 1) {
			throw new IllegalArgumentException("partitions must be positive: " + partitions);
		}
		config = Collections.unmodifiableMap(new TreeMap<>(config));
	}

	/**
	 * Every topic to create: each catalog topic followed by its dead-letter topic.
	 * <p>
	 * Partition counts come from the catalog, locally as well: a single broker handles a few hundred partitions
	 * easily, and the local run then keys and orders records exactly as a real cluster does. A dead-letter topic has
	 * as many partitions as its topic because Spring Kafka's {@code DeadLetterPublishingRecoverer} writes a failed
	 * record to the same partition number it came from. It is never compacted (records of one key must all stay) and
	 * kept at least 14 days.
	 * @return the topics, in catalog order
	 */
	public static List<TopicSpec> fromCatalog() {
		return fromCatalog(Topics.catalog());
	}

	static List<TopicSpec> fromCatalog(List<Topic> catalog) {
		List<TopicSpec> specs = new ArrayList<>();
		for (Topic topic : catalog) {
			Map<String, String> config = new TreeMap<>();
			config.put("cleanup.policy", topic.compacted() ? "compact" : "delete");
			if (!topic.compacted()) {
				config.put("retention.ms", String.valueOf(topic.retention().toMillis()));
			}
			specs.add(new TopicSpec(topic.name(), topic.partitions(), config, false));
			Duration deadLetterRetention = (topic.retention().compareTo(MIN_DEAD_LETTER_RETENTION) > 0)
					? topic.retention() : MIN_DEAD_LETTER_RETENTION;
			specs.add(new TopicSpec(topic.deadLetterTopic(), topic.partitions(),
					Map.of("cleanup.policy", "delete", "retention.ms", String.valueOf(deadLetterRetention.toMillis())),
					true));
		}
		return List.copyOf(specs);
	}

}
