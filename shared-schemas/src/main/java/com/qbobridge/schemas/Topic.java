package com.qbobridge.schemas;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the topic catalog: what a topic carries, how it is keyed and sized, and who writes and reads it.
 *
 * @param name the topic name, {@code <producer>.<event-in-kebab-case>}
 * @param contract the event contract of its records
 * @param key what the record key is
 * @param partitions the partition count in a real cluster
 * @param retention how long records are kept
 * @param compacted whether the topic is compacted (latest record per key kept) rather than deleted by time
 * @param producer the service that writes it
 * @param consumers the services that read it
 */
public record Topic(String name, Contract contract, String key, int partitions, Duration retention, boolean compacted,
		String producer, List<String> consumers) {

	public Topic {
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(contract, "contract must not be null");
		Objects.requireNonNull(key, "key must not be null");
		Objects.requireNonNull(retention, "retention must not be null");
		Objects.requireNonNull(producer, "producer must not be null");
		consumers = List.copyOf(consumers);
	}

	/**
	 * The dead-letter topic for records of this topic that a consumer could not process (Spring Kafka's default
	 * suffix).
	 * @return e.g. {@code connector.invoice-fetched-dlt}
	 */
	public String deadLetterTopic() {
		return Topics.deadLetter(this.name);
	}

}
