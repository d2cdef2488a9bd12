package com.qbobridge.messaging.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.qbobridge.schemas.Topic;
import com.qbobridge.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the catalog's topics and their dead-letter topics where they are missing, with the catalog's partitions,
 * retention and clean-up policy, before the listeners start. An existing topic is never changed: growing its
 * partitions would move keys between partitions behind an operator's back, so a mismatch is only logged. A broker
 * that does not answer in time delays nothing: the deployment creates the topics too.
 */
public class TopicDeclarations implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(TopicDeclarations.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final KafkaAdmin admin;

	public TopicDeclarations(KafkaAdmin admin) {
		this.admin = admin;
	}

	/**
	 * The topics the catalog declares, dead-letter topics included.
	 * @return the topics to create where missing
	 */
	public static List<NewTopic> catalogTopics() {
		List<NewTopic> topics = new ArrayList<>();
		for (Topic topic : Topics.catalog()) {
			NewTopic newTopic = new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty());
			newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
					topic.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE,
					TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topic.retention().toMillis())));
			topics.add(newTopic);
			topics.add(new NewTopic(topic.deadLetterTopic(), Optional.of(topic.partitions()), Optional.empty()));
		}
		return topics;
	}

	@Override
	public void afterSingletonsInstantiated() {
		declare();
	}

	/**
	 * Creates the missing topics and reports existing ones whose partition count differs from the catalog.
	 * @return the names of the topics created
	 */
	public List<String> declare() {
		List<NewTopic> wanted = catalogTopics();
		try (Admin client = Admin.create(this.admin.getConfigurationProperties())) {
			Set<String> existing = client.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			List<NewTopic> missing = wanted.stream().filter((topic) -> !existing.contains(topic.name())).toList();
			if (!missing.isEmpty()) {
				client.createTopics(missing).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				logger.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
			}
			List<String> present = wanted.stream()
				.filter((topic) -> existing.contains(topic.name()))
				.map(NewTopic::name)
				.toList();
			Map<String, TopicDescription> descriptions = client.describeTopics(present)
				.allTopicNames()
				.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			for (NewTopic topic : wanted) {
				TopicDescription description = descriptions.get(topic.name());
				if (description != null && description.partitions().size() != topic.numPartitions()) {
					logger.warn("Topic {} has {} partitions, the catalog says {}; left as it is", topic.name(),
							description.partitions().size(), topic.numPartitions());
				}
			}
			return missing.stream().map(NewTopic::name).toList();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return List.of();
		}
		catch (Exception ex) {
			// Another instance may have created a topic meanwhile, or the broker is not up yet.
			logger.warn("Could not declare the catalog's topics: {}", ex.getMessage());
			return List.of();
		}
	}

}
