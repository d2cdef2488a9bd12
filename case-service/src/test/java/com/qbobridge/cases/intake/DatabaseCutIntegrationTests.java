package com.qbobridge.cases.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.qbobridge.cases.ApprovalSender;
import com.qbobridge.cases.Approvals;
import com.qbobridge.cases.CaseEvents;
import com.qbobridge.cases.CasesApplication;
import com.qbobridge.cases.DatabaseLink;
import com.qbobridge.cases.TestTopics;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
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
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cuts case-service off its PostgreSQL in the middle of its batches, through a TCP proxy between the two, on a real
 * broker and a real server: statements and commits in flight fail the way they do when the database goes away. Every
 * approval must still become exactly one case, and none may be answered or dead-lettered for the outage. Its own
 * database and consumer group keep other test classes' contexts out of the way.
 */
class DatabaseCutIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(180);

	private final String group = "case-service-cut-" + UUID.randomUUID();

	private final TestDatabase database = TestPostgres.anotherDatabase();

	private static final String OBSERVER = "test-observer";

	private SingleConnectionDataSource observer;

	private JdbcClient jdbc;

	private Admin admin;

	private ApprovalSender sender;

	private CaseEvents events;

	private DatabaseLink link;

	@BeforeEach
	void open() {
		// One connection kept open, which the outages spare, so that the test sees the database throughout.
		String url = this.database.jdbcUrl();
		this.observer = new SingleConnectionDataSource(
				url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + OBSERVER, this.database.username(),
				this.database.password(), true);
		this.jdbc = JdbcClient.create(this.observer);
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()));
		this.sender = new ApprovalSender();
		this.events = CaseEvents.open();
		this.link = DatabaseLink.to(this.database);
	}

	@AfterEach
	void close() throws InterruptedException {
		this.link.close();
		this.sender.close();
		this.events.close();
		this.admin.close();
		this.observer.destroy();
	}

	@Test
	void losesNothingWhenTheDatabaseConnectionIsCutMidBatch() throws Exception {
		createsEveryCaseOnceThrough(this.link::cut, this.link::restore);
		assertThat(this.link.refused()).as("connections refused while cut").isPositive();
	}

	@Test
	void losesNothingWhenTheServerEndsItsSessionsMidBatch() throws Exception {
		// What stopping PostgreSQL does: sessions end with 57P01, new ones are refused until it is back.
		createsEveryCaseOnceThrough(() -> allowConnections(false), () -> allowConnections(true));
	}

	private void createsEveryCaseOnceThrough(Runnable outage, Runnable recovery) throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		startGroupAtTheEnd();
		List<CaseDraftApproved> sent = approvals.approvals(3_000);

		try (ConfigurableApplicationContext service = start()) {
			this.sender.send(sent);
			long seen = 0;
			// Three cuts, each while cases are being created: every batch in flight fails and is retried.
			for (int cut = 0; cut < 3; cut++) {
				long before = seen;
				seen = await().atMost(PATIENCE)
					.pollInterval(Duration.ofMillis(5))
					.until(() -> casesOf(account), (cases) -> cases > before || cases == sent.size());
				if (seen == sent.size()) {
					break;
				}
				outage.run();
				// The outage lasts a few seconds, long enough for batches to fail and be retried, not answered.
				await().pollDelay(Duration.ofSeconds(3))
					.atMost(Duration.ofSeconds(30))
					.until(() -> casesOf(account) < sent.size());
				recovery.run();
			}
			await().atMost(PATIENCE).untilAsserted(() -> {
				assertThat(casesOf(account)).as("cases").isEqualTo(sent.size());
				assertThat(outboxSize()).as("events waiting in the outbox").isZero();
				assertThat(this.events.created(account)).as("cases announced").hasSizeGreaterThanOrEqualTo(sent.size());
			});
		}

		List<CaseCreated> created = this.events.created(account);
		assertThat(created.stream().map(CaseCreated::caseId).collect(Collectors.toSet())).hasSize(sent.size());
		assertThat(created.stream().map(CaseCreated::draftId).collect(Collectors.toSet()))
			.isEqualTo(sent.stream().map((approval) -> approval.draft().draftId()).collect(Collectors.toSet()));
		// Nothing is refused or set aside for an outage: a DUPLICATE could only answer a redelivered approval whose
		// first delivery's commit got through before the cut.
		assertThat(this.events.rejected(account))
			.allSatisfy((rejected) -> assertThat(rejected.existingCaseId()).isNotNull());
		Set<String> keys = approvals.connections().stream().map(UUID::toString).collect(Collectors.toSet());
		assertThat(this.events.records(Topics.deadLetter(Topics.CASE_DRAFT_APPROVED)))
			.noneMatch((record) -> keys.contains(record.key()));
		assertThat(this.link.connections()).as("connections opened through the link").isGreaterThan(3);
	}

	private ConfigurableApplicationContext start() {
		TestDatabase linked = this.link.database();
		Map<String, String> properties = Map.of("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers(),
				"spring.kafka.consumer.group-id", this.group, "spring.datasource.url", linked.jdbcUrl(),
				"spring.datasource.username", linked.username(), "spring.datasource.password", linked.password(),
				"pipeline.service-tokens.jwk-set", ServiceTokens.keys().jwkSet(),
				"spring.datasource.hikari.connection-timeout", "2000",
				"pipeline.messaging.consumer.retry-max-interval", "2s",
				"pipeline.messaging.outbox.max-retry-interval", "2s", "pipeline.cases.follow-up.enabled", "false");
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(CasesApplication.class).web(WebApplicationType.NONE).run(args);
	}

	/** Commits the approvals topic's end offsets for this test's group, so that it reads only what the test sends. */
	private void startGroupAtTheEnd() throws Exception {
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
		Map<TopicPartition, OffsetAndMetadata> ends = await().atMost(PATIENCE)
			.ignoreExceptions()
			.until(() -> this.admin.listOffsets(latest).all().get(), (offsets) -> offsets.size() == partitions.size())
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> new OffsetAndMetadata(entry.getValue().offset())));
		await().atMost(PATIENCE)
			.ignoreExceptions()
			.untilAsserted(() -> this.admin.alterConsumerGroupOffsets(this.group, ends).all().get());
	}

	private void allowConnections(boolean allow) {
		String name = this.database.jdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
		JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(
				this.database.jdbcUrl().replace("/" + name, "/postgres"), this.database.username(),
				this.database.password()));
		admin.sql("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS " + allow).update();
		if (!allow) {
			admin.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND application_name"
					+ " <> ?").params(name, OBSERVER).query((rs, row) -> null).list();
		}
	}

	private long casesOf(String account) {
		return this.jdbc.sql("SELECT count(*) FROM collection_cases WHERE account_id = ?")
			.param(account)
			.query(Long.class)
			.single();
	}

	private long outboxSize() {
		return this.jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single();
	}

}
