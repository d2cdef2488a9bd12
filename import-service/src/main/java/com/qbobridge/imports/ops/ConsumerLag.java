package com.qbobridge.imports.ops;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.qbobridge.schemas.Topic;
import com.qbobridge.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.util.Assert;

/**
 * Computes the lag report from the broker with Kafka's {@link Admin} client: end offsets of every catalog topic and
 * dead-letter topic against every consumer group's committed offsets. All calls of one report share one deadline, so
 * a broker that does not answer costs at most {@link OpsProperties#brokerTimeout()}.
 */
@Service
public class ConsumerLag {

	private final Admin admin;

	private final Duration timeout;

	private final Clock clock;

	public ConsumerLag(Admin admin, OpsProperties properties, Clock clock) {
		Assert.notNull(admin, "admin must not be null");
		this.admin = admin;
		this.timeout = properties.brokerTimeout();
		this.clock = clock;
	}

	/**
	 * Asks the broker where every consumer group stands on every topic of the catalog and its dead-letter topic.
	 * @return the report
	 * @throws BrokerNotAnswering if the broker did not answer within the timeout
	 */
	public LagReport report() {
		Deadline deadline = new Deadline(this.timeout);
		Map<String, @Nullable String> sources = new LinkedHashMap<>();
		for (Topic topic : Topics.catalog()) {
			sources.put(topic.name(), null);
		}
		for (Topic topic : Topics.catalog()) {
			sources.put(topic.deadLetterTopic(), topic.name());
		}

		Set<String> existing = deadline.await(this.admin.listTopics(new ListTopicsOptions().listInternal(false)
			.timeoutMs(deadline.remainingMillis())).names());
		List<String> present = sources.keySet().stream().filter(existing::contains).toList();
		List<String> missing = sources.keySet().stream().filter((name) -> !existing.contains(name)).toList();
		Map<String, TopicDescription> descriptions = present.isEmpty() ? Map.of()
				: deadline.await(this.admin
					.describeTopics(present, new DescribeTopicsOptions().timeoutMs(deadline.remainingMillis()))
					.allTopicNames());

		List<TopicPartition> partitions = new ArrayList<>();
		descriptions.values().forEach((description) -> {
			for (TopicPartitionInfo info : description.partitions()) {
				partitions.add(new TopicPartition(description.name(), info.partition()));
			}
		});
		Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest(), deadline);
		Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest(), deadline);

		Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
		Map<String, Set<String>> assignedTopics = new HashMap<>();
		Collection<GroupListing> groups = deadline.await(this.admin
			.listGroups(ListGroupsOptions.forConsumerGroups().timeoutMs(deadline.remainingMillis()))
			.all());
		if (!groups.isEmpty()) {
			Map<String, ListConsumerGroupOffsetsSpec> specs = new LinkedHashMap<>();
			groups.forEach((group) -> specs.put(group.groupId(), new ListConsumerGroupOffsetsSpec()));
			committed.putAll(deadline.await(this.admin
				.listConsumerGroupOffsets(specs,
						new ListConsumerGroupOffsetsOptions().timeoutMs(deadline.remainingMillis()))
				.all()));
			// A group that has not committed yet (it started on an empty topic) still waits for what is written.
			Map<String, ConsumerGroupDescription> described = deadline.await(this.admin
				.describeConsumerGroups(specs.keySet(),
						new DescribeConsumerGroupsOptions().timeoutMs(deadline.remainingMillis()))
				.all());
			described.forEach((group, description) -> {
				for (MemberDescription member : description.members()) {
					member.assignment()
						.topicPartitions()
						.forEach((tp) -> assignedTopics.computeIfAbsent(group, (key) -> new TreeSet<>())
							.add(tp.topic()));
				}
			});
		}

		List<LagReport.TopicLag> topics = new ArrayList<>();
		List<LagReport.DeadLetters> deadLetters = new ArrayList<>();
		for (String name : present) {
			List<TopicPartition> topicPartitions = partitions.stream()
				.filter((tp) -> tp.topic().equals(name))
				.sorted((a, b) -> Integer.compare(a.partition(), b.partition()))
				.toList();
			long endOffset = 0;
			long records = 0;
			for (TopicPartition tp : topicPartitions) {
				endOffset += end.get(tp);
				records += end.get(tp) - earliest.get(tp);
			}
			List<LagReport.GroupLag> groupLags = new ArrayList<>();
			for (String group : new TreeSet<>(committed.keySet())) {
				Map<TopicPartition, OffsetAndMetadata> offsets = committed.get(group);
				boolean reads = topicPartitions.stream().anyMatch((tp) -> offsets.get(tp) != null)
						|| assignedTopics.getOrDefault(group, Set.of()).contains(name);
				if (reads) {
					groupLags.add(groupLag(group, topicPartitions, offsets, end, earliest));
				}
			}
			String source = sources.get(name);
			topics.add(new LagReport.TopicLag(name, source, topicPartitions.size(), endOffset, records, groupLags));
			if (source != null) {
				deadLetters.add(new LagReport.DeadLetters(name, source, records));
			}
		}
		return new LagReport(this.clock.instant(), topics, deadLetters, missing);
	}

	private static LagReport.GroupLag groupLag(String group, List<TopicPartition> partitions,
			Map<TopicPartition, OffsetAndMetadata> offsets, Map<TopicPartition, Long> end,
			Map<TopicPartition, Long> earliest) {
		List<LagReport.PartitionLag> lags = new ArrayList<>();
		long total = 0;
		for (TopicPartition tp : partitions) {
			OffsetAndMetadata offset = offsets.get(tp);
			@Nullable Long committedOffset = (offset != null) ? offset.offset() : null;
			// Without a commit the group starts at the earliest record (auto-offset-reset earliest).
			long position = (committedOffset != null) ? committedOffset : earliest.get(tp);
			long lag = Math.max(0, end.get(tp) - position);
			total += lag;
			lags.add(new LagReport.PartitionLag(tp.partition(), end.get(tp), committedOffset, lag));
		}
		return new LagReport.GroupLag(group, total, lags);
	}

	private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec, Deadline deadline) {
		if (partitions.isEmpty()) {
			return Map.of();
		}
		Map<TopicPartition, OffsetSpec> request = new HashMap<>();
		partitions.forEach((tp) -> request.put(tp, spec));
		Map<TopicPartition, ListOffsetsResultInfo> answer = deadline
			.await(this.admin.listOffsets(request, new ListOffsetsOptions().timeoutMs(deadline.remainingMillis()))
				.all());
		Map<TopicPartition, Long> offsets = new HashMap<>();
		answer.forEach((tp, info) -> offsets.put(tp, info.offset()));
		return offsets;
	}

	/**
	 * The time left for one report's broker calls.
	 */
	private static final class Deadline {

		private final Duration timeout;

		private final long end;

		Deadline(Duration timeout) {
			this.timeout = timeout;
			this.end = System.nanoTime() + timeout.toNanos();
		}

		int remainingMillis() {
			return (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(this.end - System.nanoTime()));
		}

		<T> T await(KafkaFuture<T> future) {
			try {
				return future.get(Math.max(0, this.end - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException ex) {
				future.cancel(true);
				throw new BrokerNotAnswering(this.timeout, ex);
			}
			catch (ExecutionException ex) {
				throw new BrokerNotAnswering(this.timeout, ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new BrokerNotAnswering(this.timeout, ex);
			}
		}

	}

}
