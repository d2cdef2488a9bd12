package com.qbobridge.localstack.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
			if (!missing.isEmpty()) {
				admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			List<String> grown = grow(admin, specs, existing, timeout);
			List<String> kept = new ArrayList<>();
			specs.stream().map(TopicSpec::name).filter(existing::contains).filter((name) -> !grown.contains(name))
				.forEach(kept::add);
			return new Provisioned(missing.stream().map(NewTopic::name).toList(), grown, kept);
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

	private static List<String> grow(Admin admin, List<TopicSpec> specs, Set<String> existing, Duration timeout)
			throws InterruptedException, ExecutionException, TimeoutException {
		List<String> names = specs.stream().map(TopicSpec::name).filter(existing::contains).toList();
		if (names.isEmpty()) {
			return List.of();
		}
		Map<String, TopicDescription> descriptions = admin.describeTopics(names)
			.allTopicNames()
			.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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
