package com.qbobridge.cases.intake;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.qbobridge.cases.ApprovalSender;
import com.qbobridge.cases.Approvals;
import com.qbobridge.cases.CaseEvents;
import com.qbobridge.cases.CasesApplication;
import com.qbobridge.cases.TestTopics;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseRejectionReason;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.testsupport.ServiceTokens;
import com.qbobridge.testsupport.TestDatabase;
import com.qbobridge.testsupport.TestKafka;
import com.qbobridge.testsupport.TestPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops case-service in the middle of its work and starts it again, on a real broker and a real PostgreSQL: no case
 * and no {@code case.created} may be lost, no case created twice, every re-published event keeps its id, and every
 * redelivered approval is answered {@code DUPLICATE} under one id. Each test runs its own consumer group whose offsets
 * it controls, to replay exactly what a crash would, and its own database: a context that another test class left
 * running in this JVM would otherwise relay the outbox that a "crashed" instance here must leave unpublished.
 */
class CaseIntakeRecoveryIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(180);

	private final String group = "case-service-recovery-" + UUID.randomUUID();

	private final TestDatabase database = TestPostgres.anotherDatabase();

	private JdbcClient jdbc;

	private Admin admin;

	private ApprovalSender sender;

	private CaseEvents events;

	@BeforeEach
	void open() {
		this.jdbc = JdbcClient.create(new DriverManagerDataSource(this.database.jdbcUrl(), this.database.username(),
				this.database.password()));
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()));
		this.sender = new ApprovalSender();
		this.events = CaseEvents.open();
	}

	@AfterEach
	void close() throws InterruptedException {
		this.sender.close();
		this.events.close();
		this.admin.close();
	}

	@Test
	void losesAndDoublesNothingWhenStoppedInTheMiddleOfABatch() throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		Map<TopicPartition, OffsetAndMetadata> start = startGroupAtTheEnd();

		ConfigurableApplicationContext first = start(true);
		List<CaseDraftApproved> sent = approvals.approvals(10_000);
		this.sender.send(sent);
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> casesOf(account) >= 2_500);
		first.close();
		Map<UUID, UUID> caseByDraftBeforeRestart = casesByDraftOf(account);
		// The worst a crash can do to offsets: lose every commit, so that every approval is delivered again.
		this.admin.alterConsumerGroupOffsets(this.group, start).all().get();
		// Each approval processed before the stop is answered DUPLICATE under an id derived from its own.
		Set<UUID> expectedRejectionIds = sent.stream()
			.filter((approval) -> caseByDraftBeforeRestart.containsKey(approval.draft().draftId()))
			.map((approval) -> CaseIntake.redeliveryRejectionId(approval.metadata().eventId()))
			.collect(Collectors.toSet());

		try (ConfigurableApplicationContext second = start(true)) {
			await().atMost(PATIENCE).untilAsserted(() -> {
				assertThat(casesOf(account)).as("cases").isEqualTo(10_000);
				assertThat(outboxSize()).as("events waiting in the outbox").isZero();
				assertThat(distinctCaseIds(this.events.created(account))).as("cases announced").hasSize(10_000);
				assertThat(rejectionIds(this.events.rejected(account))).as("redeliveries answered")
					.isEqualTo(expectedRejectionIds);
			});
		}

		assertThat(caseByDraftBeforeRestart).hasSizeBetween(2_500, 10_000);
		List<CaseCreated> created = this.events.created(account);
		Map<UUID, Set<UUID>> eventIdsByCase = new HashMap<>();
		created.forEach((event) -> eventIdsByCase.computeIfAbsent(event.caseId(), (id) -> new HashSet<>())
			.add(event.metadata().eventId()));
		// A re-published event repeats its event id; a second event id for one case would be a second creation.
		assertThat(eventIdsByCase).hasSize(10_000).allSatisfy((caseId, ids) -> assertThat(ids).hasSize(1));
		assertThat(eventIdsByCase.keySet()).isEqualTo(caseIdsOf(account));
		// Only approvals handled before the stop are answered DUPLICATE, each naming the case it created then.
		assertThat(this.events.rejected(account)).allSatisfy((event) -> {
			assertThat(event.reason()).isEqualTo(CaseRejectionReason.DUPLICATE);
			assertThat(event.existingCaseId()).isNotNull().isEqualTo(caseByDraftBeforeRestart.get(event.draftId()));
		});
		assertThat(this.jdbc.sql("SELECT count(*) FROM collection_cases WHERE account_id = ? AND status <> 'SUBMITTED'")
			.param(account)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void publishesEventsCommittedBeforeACrashWithTheirOriginalIds() throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		startGroupAtTheEnd();

		// No relay: the cases and their events commit, and the process dies before anything is published.
		try (ConfigurableApplicationContext crashed = start(false)) {
			this.sender.send(approvals.approvals(2_000));
			await().atMost(PATIENCE).until(() -> casesOf(account) == 2_000 && outboxSize() >= 2_000);
		}
		assertThat(this.events.created(account)).isEmpty();
		Set<UUID> written = new HashSet<>(this.jdbc
			.sql("SELECT o.event_id FROM outbox o JOIN collection_cases c ON c.id = o.aggregate_id WHERE c.account_id = ?")
			.param(account)
			.query(UUID.class)
			.list());
		assertThat(written).hasSize(2_000);

		try (ConfigurableApplicationContext restarted = start(true)) {
			await().atMost(PATIENCE).until(() -> this.events.created(account).size() >= 2_000 && outboxSize() == 0);
		}

		List<CaseCreated> created = this.events.created(account);
		assertThat(created).extracting((event) -> event.metadata().eventId())
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(written);
		assertThat(distinctCaseIds(created)).isEqualTo(caseIdsOf(account));
	}

	private ConfigurableApplicationContext start(boolean relay) {
		TestDatabase database = this.database;
		Map<String, String> properties = Map.of("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers(),
				"spring.kafka.consumer.group-id", this.group, "spring.datasource.url", database.jdbcUrl(),
				"spring.datasource.username", database.username(), "spring.datasource.password",
				database.password(), "pipeline.service-tokens.jwk-set", ServiceTokens.keys().jwkSet(),
				"pipeline.messaging.outbox.relay-enabled", String.valueOf(relay));
		// As command-line arguments, which win over application.yml's environment defaults.
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(CasesApplication.class).web(WebApplicationType.NONE).run(args);
	}

	/**
	 * Commits the approvals topic's current end offsets for this test's group, so that its consumers read exactly
	 * what the test sends from now on.
	 */
	private Map<TopicPartition, OffsetAndMetadata> startGroupAtTheEnd() throws Exception {
		TestTopics.ensure();
		Set<TopicPartition> partitions = this.admin.describeTopics(List.of(Topics.CASE_DRAFT_APPROVED))
			.allTopicNames()
			.get()
			.get(Topics.CASE_DRAFT_APPROVED)
			.partitions()
			.stream()
			.map((info) -> new TopicPartition(Topics.CASE_DRAFT_APPROVED, info.partition()))
			.collect(Collectors.toSet());
		Map<TopicPartition, OffsetSpec> latest = partitions.stream()
			.collect(Collectors.toMap((tp) -> tp, (tp) -> OffsetSpec.latest()));
		// A topic just created may not be known to every part of the broker yet.
		Map<TopicPartition, OffsetAndMetadata> ends = await().atMost(PATIENCE)
			.ignoreExceptions()
			.until(() -> this.admin.listOffsets(latest).all().get(), (offsets) -> offsets.size() == partitions.size())
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> new OffsetAndMetadata(entry.getValue().offset())));
		// The broker creates its offsets topic on first use; until then, committing offsets fails.
		await().atMost(PATIENCE).ignoreExceptions().untilAsserted(
				() -> this.admin.alterConsumerGroupOffsets(this.group, ends).all().get());
		return ends;
	}

	private long casesOf(String account) {
		return this.jdbc.sql("SELECT count(*) FROM collection_cases WHERE account_id = ?")
			.param(account)
			.query(Long.class)
			.single();
	}

	private Set<UUID> caseIdsOf(String account) {
		return new HashSet<>(this.jdbc.sql("SELECT id FROM collection_cases WHERE account_id = ?")
			.param(account)
			.query(UUID.class)
			.list());
	}

	private Map<UUID, UUID> casesByDraftOf(String account) {
		Map<UUID, UUID> cases = new HashMap<>();
		this.jdbc.sql("SELECT draft_id, id FROM collection_cases WHERE account_id = ?")
			.param(account)
			.query((rs, row) -> cases.put(rs.getObject("draft_id", UUID.class), rs.getObject("id", UUID.class)))
			.list();
		return cases;
	}

	private static Set<UUID> rejectionIds(List<CaseRejected> rejected) {
		return rejected.stream().map((event) -> event.metadata().eventId()).collect(Collectors.toSet());
	}

	private long outboxSize() {
		return this.jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single();
	}

	private static Set<UUID> distinctCaseIds(List<CaseCreated> created) {
		return created.stream().map(CaseCreated::caseId).collect(Collectors.toSet());
	}

}
