package com.qbobridge.imports.ops.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.qbobridge.imports.ops.LagReport;
import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import com.qbobridge.imports.support.Users;
import com.qbobridge.schemas.Topics;
import com.qbobridge.testsupport.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lag report on the real broker: records produced to a catalog topic, a consumer group that committed only part
 * of them, and the numbers the JSON endpoint and the Operations page show for it.
 */
@ImportServiceIntegrationTest
class OpsLagIntegrationTests {

	/** A catalog topic import-service does not consume, so nothing moves the test group's offsets but the test. */
	private static final String TOPIC = Topics.INVOICE_FETCHED;

	@Autowired
	RestTestClient client;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void createTopics() {
		TestKafka.createCatalogTopics();
	}

	@Test
	@WithUserDetails("creditor@example.com")
	void showsTheLagOfAGroupThatCommittedPartOfATopicPerPartitionAndInTotal() throws Exception {
		String group = "ops-test-" + UUID.randomUUID();
		Map<TopicPartition, Long> before = endOffsets(TOPIC);
		produce(TOPIC, 0, 5);
		produce(TOPIC, 1, 2);
		// The group read two of partition 0's five new records and everything else.
		Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
		before.forEach((tp, end) -> commits.put(tp, new OffsetAndMetadata(end)));
		commits.put(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(before.get(new TopicPartition(TOPIC, 0)) + 2));
		commits.put(new TopicPartition(TOPIC, 1), new OffsetAndMetadata(before.get(new TopicPartition(TOPIC, 1)) + 2));
		commit(group, commits);

		LagReport report = lagReport();
		LagReport.TopicLag topic = topic(report, TOPIC);
		assertThat(topic.deadLetterOf()).isNull();
		assertThat(topic.partitions()).isEqualTo(Topics.named(TOPIC).orElseThrow().partitions());
		LagReport.GroupLag lag = topic.groups()
			.stream()
			.filter((candidate) -> candidate.group().equals(group))
			.findFirst()
			.orElseThrow();
		assertThat(lag.lag()).isEqualTo(3);
		long end0 = before.get(new TopicPartition(TOPIC, 0)) + 5;
		assertThat(lag.partitions().get(0))
			.isEqualTo(new LagReport.PartitionLag(0, end0, end0 - 3, 3));
		long end1 = before.get(new TopicPartition(TOPIC, 1)) + 2;
		assertThat(lag.partitions().get(1)).isEqualTo(new LagReport.PartitionLag(1, end1, end1, 0));
		assertThat(lag.partitions()).hasSize(topic.partitions());

		String page = this.mvc.perform(get("/ops"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"ops-lag-table\"", "id=\"nav-ops\"");
		assertThat(page).containsPattern(Pattern.compile("<tr data-testid=\"lag-row\" data-topic=\"" + Pattern.quote(TOPIC)
				+ "\" data-group=\"" + group + "\" data-lag=\"3\">\\s*<td data-testid=\"lag-topic\">"
				+ Pattern.quote(TOPIC) + "</td>\\s*<td data-testid=\"lag-group\">" + group
				+ "</td>\\s*<td data-testid=\"lag-value\" class=\"number\">3</td>\\s*<td data-testid=\"lag-partitions\""
				+ " class=\"muted\">\\s*<span>0: 3</span>"));
	}

	@Test
	@WithUserDetails("creditor@example.com")
	void countsTheRecordsWaitingInEachDeadLetterTopic() throws Exception {
		String deadLetterTopic = Topics.deadLetter(TOPIC);
		long before = deadLetters(lagReport(), deadLetterTopic).records();
		produce(deadLetterTopic, 2, 2);

		LagReport report = lagReport();
		LagReport.DeadLetters deadLetters = deadLetters(report, deadLetterTopic);
		assertThat(deadLetters.records()).isEqualTo(before + 2);
		assertThat(deadLetters.deadLetterOf()).isEqualTo(TOPIC);
		assertThat(topic(report, deadLetterTopic).deadLetterOf()).isEqualTo(TOPIC);
		assertThat(report.deadLetters()).extracting(LagReport.DeadLetters::topic)
			.contains(Topics.deadLetter(Topics.CASE_DRAFTED), Topics.deadLetter(Topics.IMPORT_REQUESTED));

		String page = this.mvc.perform(get("/ops")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<tr data-testid=\"dead-letter-row\" data-topic=\"" + deadLetterTopic
				+ "\" data-records=\"" + (before + 2) + "\">");
	}

	@Test
	void listsTheServicesOwnListenerGroupsOnTheTopicsTheyRead() {
		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			LagReport report = lagReport();
			assertThat(topic(report, Topics.CASE_DRAFTED).groups()).extracting(LagReport.GroupLag::group)
				.contains("import-service.case-drafted");
			assertThat(topic(report, Topics.CASE_CREATED).groups()).extracting(LagReport.GroupLag::group)
				.contains("import-service.case-created");
		});
	}

	private LagReport lagReport() {
		return this.client.get()
			.uri("/api/ops/lag")
			.headers(Users.OPERATOR)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(LagReport.class)
			.returnResult()
			.getResponseBody();
	}

	private static LagReport.TopicLag topic(LagReport report, String name) {
		return report.topics().stream().filter((t) -> t.topic().equals(name)).findFirst().orElseThrow();
	}

	private static LagReport.DeadLetters deadLetters(LagReport report, String name) {
		return report.deadLetters().stream().filter((d) -> d.topic().equals(name)).findFirst().orElseThrow();
	}

	private static Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
			int partitions = admin.describeTopics(List.of(topic))
				.allTopicNames()
				.get(30, TimeUnit.SECONDS)
				.get(topic)
				.partitions()
				.size();
			Map<TopicPartition, OffsetSpec> request = new HashMap<>();
			for (int partition = 0; partition < partitions; partition++) {
				request.put(new TopicPartition(topic, partition), OffsetSpec.latest());
			}
			Map<TopicPartition, Long> offsets = new HashMap<>();
			admin.listOffsets(request)
				.all()
				.get(30, TimeUnit.SECONDS)
				.forEach((tp, info) -> offsets.put(tp, info.offset()));
			return offsets;
		}
	}

	private static void produce(String topic, int partition, int count) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG,
						"all"),
				new StringSerializer(), new StringSerializer())) {
			for (int i = 0; i < count; i++) {
				producer.send(new ProducerRecord<>(topic, partition, "ops-test", "{\"n\":" + i + "}"))
					.get(30, TimeUnit.SECONDS);
			}
		}
	}

	private static void commit(String group, Map<TopicPartition, OffsetAndMetadata> offsets) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.assign(offsets.keySet());
			consumer.commitSync(offsets, Duration.ofSeconds(30));
		}
	}

}
