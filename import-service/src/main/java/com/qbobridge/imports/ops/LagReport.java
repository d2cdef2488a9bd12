package com.qbobridge.imports.ops;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where records wait in the pipeline right now: for every topic of the catalog and its dead-letter topic, how many
 * records each consumer group has still to read, and how many records sit in each dead-letter topic.
 *
 * @param takenAt when the broker was asked
 * @param topics every catalog topic and dead-letter topic that exists on the broker, in pipeline order
 * @param deadLetters the records held by each existing dead-letter topic
 * @param missingTopics catalog topics (and dead-letter topics) the broker does not have (yet)
 */
public record LagReport(Instant takenAt, List<TopicLag> topics, List<DeadLetters> deadLetters,
		List<String> missingTopics) {

	/**
	 * One topic and the consumer groups that read it.
	 *
	 * @param topic the topic name
	 * @param deadLetterOf for a dead-letter topic, the topic whose records it holds; null otherwise
	 * @param partitions the number of partitions
	 * @param endOffset the sum of the partitions' end offsets: records ever written
	 * @param records the records the topic holds now (end minus earliest offset, summed over partitions)
	 * @param groups the consumer groups that committed offsets on the topic or are assigned its partitions
	 */
	public record TopicLag(String topic, @Nullable String deadLetterOf, int partitions, long endOffset,
			long records, List<GroupLag> groups) {

	}

	/**
	 * One consumer group's lag on one topic.
	 *
	 * @param group the consumer group id
	 * @param lag records the group has still to read, summed over the partitions
	 * @param partitions the lag of each partition
	 */
	public record GroupLag(String group, long lag, List<PartitionLag> partitions) {

	}

	/**
	 * One partition's lag for one group.
	 *
	 * @param partition the partition number
	 * @param endOffset the offset the next record will get
	 * @param committedOffset the group's committed offset; null when it committed none for this partition (the lag
	 * then counts from the earliest record, where the group starts reading)
	 * @param lag end offset minus committed offset, never negative
	 */
	public record PartitionLag(int partition, long endOffset, @Nullable Long committedOffset, long lag) {

	}

	/**
	 * Records a consumer could not process, waiting in a dead-letter topic.
	 *
	 * @param topic the dead-letter topic
	 * @param deadLetterOf the topic the records came from
	 * @param records how many records it holds
	 */
	public record DeadLetters(String topic, String deadLetterOf, long records) {

	}

	/**
	 * Every (topic, group) pair, in the order of {@link #topics()}.
	 * @return the rows of the Operations page's lag table
	 */
	public List<LagRow> rows() {
		return this.topics.stream()
			.flatMap((topic) -> topic.groups().stream().map((group) -> new LagRow(topic, group)))
			.toList();
	}

	/**
	 * The existing topics no consumer group reads.
	 * @return topic names
	 */
	public List<String> unreadTopics() {
		return this.topics.stream().filter((topic) -> topic.groups().isEmpty()).map(TopicLag::topic).toList();
	}

	/**
	 * One row of the lag table.
	 *
	 * @param topic the topic
	 * @param group the group reading it
	 */
	public record LagRow(TopicLag topic, GroupLag group) {

	}

}
