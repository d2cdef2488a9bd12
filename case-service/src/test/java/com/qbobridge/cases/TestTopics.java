package com.qbobridge.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import com.qbobridge.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates case-service's topics on the test broker as the catalog sizes them, before anything else can auto-create
 * them with the broker's default partition count (a reader assigned to fewer partitions would miss records).
 */
public final class TestTopics {

	/** The catalog's partition count of every case-service topic. */
	public static final int PARTITIONS = 12;

	private static volatile boolean created;

	private TestTopics() {
	}

	public static synchronized void ensure() {
		if (created) {
			return;
		}
		List<NewTopic> topics = List
			.of(Topics.CASE_DRAFT_APPROVED, Topics.deadLetter(Topics.CASE_DRAFT_APPROVED), Topics.CASE_CREATED,
					Topics.CASE_REJECTED, Topics.INVOICE_CHANGED, Topics.deadLetter(Topics.INVOICE_CHANGED),
					Topics.CASE_UPDATED)
			.stream()
			.map((name) -> new NewTopic(name, Optional.of(PARTITIONS), Optional.empty()))
			.toList();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
			for (NewTopic topic : topics) {
				try {
					admin.createTopics(List.of(topic)).all().get();
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException("Could not create " + topic.name(), ex);
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		created = true;
	}

}
