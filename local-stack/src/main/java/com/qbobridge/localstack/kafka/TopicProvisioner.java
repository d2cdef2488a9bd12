package com.qbobridge.localstack.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the topics of the catalog on a broker with Kafka's {@link Admin} client before any service starts, so that
 * no topic is auto-created with the broker's defaults and every service sees the partitions the catalog asks for.
 * Running it again is harmless: existing topics are kept, and only grown if the catalog now wants more partitions.
 */
public final class TopicProvisioner {

	private TopicProvisioner() {
	}

	/**
	 * Makes sure every topic exists with at least its partitions.
	 * @param bootstrapServers the broker
	 * @param specs the topics
	 * @param replicationFactor replicas per partition (1 on a single broker)
	 * @param timeout how long the broker may take to answer
	 * @return which topics were created, grown or already there
	 */
	public static Provisioned ensureTopics(String bootstrapServers, List<TopicSpec> specs, short replicationFactor,
			Duration timeout) {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000));
		try (Admin admin = Admin.create(config)) {
			Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			List<NewTopic> missing = specs.stream()
				.filter((spec) -> !existing.contains(spec.name()))
				.map((spec) -> new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.of(replicationFactor))
					.configs(spec.config()))
				.toList();
			List<String> created = create(admin, missing, timeout);
			Set<String> present = new HashSet<>(existing);
			specs.stream().map(TopicSpec::name).filter((name) -> !created.contains(name)).forEach(present::add);
			List<String> grown = grow(admin, specs, present, timeout);
			List<String> kept = specs.stream()
				.map(TopicSpec::name)
				.filter((name) -> !created.contains(name) && !grown.contains(name))
				.toList();
			return new Provisioned(created, grown, kept);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not create the topics on " + bootstrapServers + ": "
					+ ex.getCause().getMessage(), ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The broker at " + bootstrapServers + " did not answer within " + timeout,
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topics", ex);
		}
	}

	/**
	 * Creates the topics; one that exists by now (the topic list can lag behind a creation moments ago, or another
	 * client created it) counts as existing, not as an error.
	 */
	private static List<String> create(Admin admin, List<NewTopic> topics, Duration timeout)
			throws InterruptedException, ExecutionException, TimeoutException {
		List<String> created = new ArrayList<>();
		if (topics.isEmpty()) {
			return created;
		}
		for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(topics).values().entrySet()) {
			try {
				result.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
				created.add(result.getKey());
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof TopicExistsException)) {
					throw ex;
				}
			}
		}
		return topics.stream().map(NewTopic::name).filter(created::contains).toList();
	}

	private static List<String> grow(Admin admin, List<TopicSpec> specs, Set<String> existing, Duration timeout)
			throws InterruptedException, ExecutionException, TimeoutException {
		List<String> names = specs.stream().map(TopicSpec::name).filter(existing::contains).toList();
		if (names.isEmpty()) {
			return List.of();
		}
		Map<String, TopicDescription> descriptions = describe(admin, names, timeout);
		Map<String, NewPartitions> increases = new HashMap<>();
		for (TopicSpec spec : specs) {
			TopicDescription description = descriptions.get(spec.name());
			if (description != null && description.partitions().size() < spec.partitions()) {
				increases.put(spec.name(), NewPartitions.increaseTo(spec.partitions()));
			}
		}
		if (!increases.isEmpty()) {
			admin.createPartitions(increases).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		return names.stream().filter(increases::containsKey).toList();
	}

	/**
	 * Describes topics, waiting while the broker's metadata does not know a topic created moments ago yet.
	 */
	private static Map<String, TopicDescription> describe(Admin admin, List<String> names, Duration timeout)
			throws InterruptedException, ExecutionException, TimeoutException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			try {
				return admin.describeTopics(names).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(200);
			}
		}
	}

	/**
	 * What {@link #ensureTopics} did.
	 *
	 * @param created topics that did not exist
	 * @param grown topics that got more partitions
	 * @param existing topics that were already as wanted
	 */
	public record Provisioned(List<String> created, List<String> grown, List<String> existing) {

		public Provisioned {
			created = List.copyOf(created);
			grown = List.copyOf(grown);
			existing = List.copyOf(existing);
		}

	}

}
