package com.qbobridge.cases.intake;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.qbobridge.cases.ApprovalSender;
import com.qbobridge.cases.Approvals;
import com.qbobridge.cases.CaseEvents;
import com.qbobridge.messaging.consuming.DeadLetters;
import com.qbobridge.messaging.consuming.ProcessedEventsCleanup;
import com.qbobridge.schemas.EventHeaders;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.cases.CaseCreated;
import com.qbobridge.schemas.cases.CaseRejected;
import com.qbobridge.schemas.cases.CaseRejectionReason;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.imports.CaseDraftApproved;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;
import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;
import com.qbobridge.testsupport.ServiceTokens;
import com.qbobridge.testsupport.TestDatabase;
import com.qbobridge.testsupport.TestKafka;
import com.qbobridge.testsupport.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The intake end to end on a real broker and a real PostgreSQL: volumes, redeliveries, second approvals, invalid and
 * unreadable approvals. The context is closed afterwards so that its consumers leave the group for other classes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { ServiceTokens.VERIFY_WITH_TEST_KEY,
				"spring.datasource.hikari.connection-timeout=2000", "pipeline.messaging.consumer.retry-max-interval=2s",
				"pipeline.messaging.outbox.max-retry-interval=2s" })
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class })
@DirtiesContext
class CaseIntakeIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(180);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcessedEventsCleanup cleanup;

	@Autowired
	MeterRegistry meters;

	ApprovalSender sender;

	CaseEvents events;

	@BeforeEach
	void open() {
		this.sender = new ApprovalSender();
		this.events = CaseEvents.open();
	}

	@AfterEach
	void close() throws InterruptedException {
		this.sender.close();
		this.events.close();
	}

	@Test
	void createsEachCaseExactlyOnceAndAnswersEveryRedeliveryWithDuplicate() throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		List<CaseDraftApproved> first = approvals.approvals(10_000);

		this.sender.send(first);

		await().atMost(PATIENCE).until(() -> this.events.created(account).size() >= 10_000);
		List<CaseCreated> created = this.events.created(account);
		assertThat(created).extracting((event) -> event.metadata().eventId()).doesNotHaveDuplicates();
		assertThat(created).extracting(CaseCreated::caseId).doesNotHaveDuplicates().hasSize(10_000);
		assertThat(casesOf(account)).isEqualTo(10_000);
		assertThat(created).allSatisfy((event) -> {
			assertThat(event.status()).isEqualTo(CaseStatus.CREATED);
			assertThat(event.metadata().eventType()).isEqualTo("CaseCreated");
			assertThat(event.amountToRecover()).isEqualByComparingTo(new BigDecimal("1250.50"));
		});
		Map<UUID, UUID> caseByDraft = new HashMap<>();
		created.forEach((event) -> caseByDraft.put(event.draftId(), event.caseId()));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(casesOf(account, CaseStatus.SUBMITTED)).isEqualTo(10_000));

		// The very same records again (same event ids): what a lost offset commit or a rewind delivers.
		this.sender.send(first);

		await().atMost(PATIENCE).until(() -> this.events.rejected(account).size() >= 10_000);
		List<CaseRejected> rejected = this.events.rejected(account);
		assertThat(rejected).hasSize(10_000).allSatisfy((event) -> {
			assertThat(event.reason()).isEqualTo(CaseRejectionReason.DUPLICATE);
			assertThat(event.existingCaseId()).isEqualTo(caseByDraft.get(event.draftId()));
		});
		assertThat(rejected).extracting(CaseRejected::draftId).doesNotHaveDuplicates();
		assertThat(rejected).extracting((event) -> event.metadata().eventId())
			.containsExactlyInAnyOrderElementsOf(redeliveryRejectionIds(first));
		assertThat(casesOf(account)).isEqualTo(10_000);
		assertThat(this.events.created(account)).hasSize(10_000);
		// The listener's and the relay's own Kafka factories publish their client metrics like Boot's would.
		assertThat(this.meters.getMeters()).extracting((meter) -> meter.getId().getName())
			.anyMatch((name) -> name.startsWith("kafka.consumer.fetch.manager."))
			.anyMatch((name) -> name.startsWith("kafka.producer."));
	}

	@Test
	void rejectsASecondApprovalOfTheSameInvoiceAsDuplicate() throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		List<CaseDraftApproved> first = approvals.approvals(600);
		this.sender.send(first);
		await().atMost(PATIENCE).until(() -> this.events.created(account).size() >= 600);
		Map<UUID, UUID> caseByDraft = new HashMap<>();
		this.events.created(account).forEach((event) -> caseByDraft.put(event.draftId(), event.caseId()));

		// The same drafts approved again: new events (the user approved again, or a second import of the invoices).
		List<CaseDraftApproved> again = first.stream().map(approvals::reapproval).toList();
		this.sender.send(again);

		await().atMost(PATIENCE).until(() -> this.events.rejected(account).size() >= 600);
		List<CaseRejected> rejected = this.events.rejected(account);
		assertThat(rejected).hasSize(600).allSatisfy((event) -> {
			assertThat(event.reason()).isEqualTo(CaseRejectionReason.DUPLICATE);
			assertThat(event.existingCaseId()).isEqualTo(caseByDraft.get(event.draftId()));
		});
		assertThat(rejected).extracting(CaseRejected::draftId).doesNotHaveDuplicates();
		assertThat(rejected).extracting((event) -> event.metadata().eventId())
			.doesNotHaveDuplicates()
			.doesNotContainAnyElementsOf(redeliveryRejectionIds(again));
		assertThat(casesOf(account)).isEqualTo(600);
		assertThat(this.events.created(account)).hasSize(600);
	}

	@Test
	void answersEveryRedeliveryOfAnApprovalUnderTheSameEventId() throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		List<CaseDraftApproved> first = new ArrayList<>(approvals.approvals(600));
		CaseDraft valid = approvals.draft(5_000, "INV-5000");
		CaseDraftApproved invalid = approvals.approve(new CaseDraft(valid.draftId(), valid.source(),
				valid.creditorReference(), valid.caseDate(), valid.dueDate(), new BigDecimal("-5.00"),
				valid.invoiceTotal(), valid.currency(), valid.debtor(), valid.jurisdiction()), approvals.connection(0));
		first.add(invalid);
		this.sender.send(first);
		await().atMost(PATIENCE)
			.until(() -> this.events.created(account).size() >= 600 && this.events.rejected(account).size() >= 1);
		Map<UUID, UUID> caseByDraft = new HashMap<>();
		this.events.created(account).forEach((event) -> caseByDraft.put(event.draftId(), event.caseId()));

		// Delivered twice more, the second time together with copies inside one poll.
		this.sender.send(first);
		List<CaseDraftApproved> twice = new ArrayList<>(first);
		twice.addAll(first);
		this.sender.send(twice);

		Set<UUID> expected = redeliveryRejectionIds(first);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(duplicates(account))
			.extracting((event) -> event.metadata().eventId())
			.containsAll(expected));
		List<CaseRejected> duplicates = duplicates(account);
		// Re-published answers repeat their id, so a consumer that de-duplicates by event id sees one per approval.
		assertThat(duplicates).extracting((event) -> event.metadata().eventId()).isSubsetOf(expected);
		Map<UUID, List<CaseRejected>> byEventId = duplicates.stream()
			.collect(Collectors.groupingBy((event) -> event.metadata().eventId()));
		assertThat(byEventId).hasSize(601).allSatisfy((id, answers) -> {
			assertThat(answers).extracting(CaseRejected::draftId).containsOnly(answers.get(0).draftId());
			assertThat(answers).extracting(CaseRejected::existingCaseId)
				.containsOnly(caseByDraft.get(answers.get(0).draftId()));
		});
		CaseRejected invalidAnswer = byEventId.get(CaseIntake.redeliveryRejectionId(invalid.metadata().eventId()))
			.get(0);
		// It created no case the first time, so there is none to name.
		assertThat(invalidAnswer.existingCaseId()).isNull();
		assertThat(invalidAnswer.draftId()).isEqualTo(valid.draftId());
		assertThat(this.events.rejected(account)).filteredOn((event) -> event.reason() != CaseRejectionReason.DUPLICATE)
			.singleElement()
			.satisfies((event) -> assertThat(event.reason()).isEqualTo(CaseRejectionReason.INVALID));
		assertThat(this.events.created(account)).hasSize(600);
		assertThat(casesOf(account)).isEqualTo(600);
	}

	@Test
	void rejectsAnotherInvoiceWithAnExistingCreditorReference() throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		UUID connection = approvals.connection(0);
		CaseDraftApproved original = approvals.approve(approvals.draft(1, "INV-42"), connection);
		CaseDraftApproved sameNumber = approvals.approve(approvals.draft(2, "INV-42"), connection);

		this.sender.send(List.of(original, sameNumber));

		await().atMost(PATIENCE).until(() -> this.events.rejected(account).size() >= 1);
		CaseCreated created = this.events.created(account).get(0);
		assertThat(created.draftId()).isEqualTo(original.draft().draftId());
		CaseRejected rejected = this.events.rejected(account).get(0);
		assertThat(rejected.reason()).isEqualTo(CaseRejectionReason.DUPLICATE_REFERENCE);
		assertThat(rejected.existingCaseId()).isEqualTo(created.caseId());
		assertThat(rejected.creditorReference()).isEqualTo("INV-42");
		assertThat(rejected.metadata().correlationId()).isEqualTo(sameNumber.metadata().correlationId());
		assertThat(casesOf(account)).isEqualTo(1);
	}

	@Test
	void rejectsDraftsThatBreakTheRules() throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		CaseDraft valid = approvals.draft(7, "INV-7");
		CaseDraft tampered = new CaseDraft(valid.draftId(), valid.source(), valid.creditorReference(),
				valid.caseDate(), valid.dueDate(), new BigDecimal("-5.00"), valid.invoiceTotal(), null, valid.debtor(),
				valid.jurisdiction());

		this.sender.send(List.of(approvals.approve(tampered, approvals.connection(7))));

		await().atMost(PATIENCE).until(() -> this.events.rejected(account).size() >= 1);
		CaseRejected rejected = this.events.rejected(account).get(0);
		assertThat(rejected.reason()).isEqualTo(CaseRejectionReason.INVALID);
		assertThat(rejected.existingCaseId()).isNull();
		assertThat(rejected.violations()).extracting(FieldIssue::field).contains("amountToRecover", "currency");
		assertThat(casesOf(account)).isZero();
	}

	@Test
	void deadLettersUnreadableApprovalsAndCarriesOn() throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		String key = approvals.connection(0).toString();
		this.sender.sendRaw(key, "{\"metadata\": {\"eventId\": \"not json");
		this.sender.sendRaw(key, "{\"approvedBy\": \"someone\"}");
		this.sender.send(List.of(approvals.approval(0)));

		await().atMost(PATIENCE).until(() -> this.events.created(account).size() >= 1);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters(key)).hasSize(2));
		List<ConsumerRecord<String, String>> dead = deadLetters(key);
		assertThat(dead.get(0).value()).isEqualTo("{\"metadata\": {\"eventId\": \"not json");
		assertThat(dead).allSatisfy((record) -> {
			assertThat(header(record, DeadLetters.REASON)).isNotBlank();
			assertThat(header(record, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
			assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(Topics.CASE_DRAFT_APPROVED);
		});
		assertThat(casesOf(account)).isEqualTo(1);
	}

	@Test
	void waitsOutADatabaseOutageWithoutDroppingApprovals() throws Exception {
		Approvals approvals = Approvals.forNewAccount();
		String account = approvals.accountId();
		long committedBefore;
		try {
			refuseConnections(true);
			committedBefore = committedOffsets();
			this.sender.send(approvals.approvals(300));
			// While the database is down, nothing may be announced and no offset acknowledged.
			await().during(Duration.ofSeconds(6))
				.atMost(Duration.ofSeconds(60))
				.until(() -> this.events.created(account).isEmpty() && committedOffsets() == committedBefore);
		}
		finally {
			refuseConnections(false);
		}
		await().atMost(PATIENCE).until(() -> this.events.created(account).size() >= 300);
		assertThat(this.events.created(account)).hasSize(300);
		assertThat(this.events.rejected(account)).isEmpty();
		assertThat(casesOf(account)).isEqualTo(300);
		assertThat(committedOffsets()).isGreaterThanOrEqualTo(committedBefore + 300);
	}

	@Test
	void forgetsProcessedApprovalIdsOnlyAfterTheirRetention() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO processed_events (event_id, event_type, processed_at)
				VALUES (?, 'CaseDraftApproved', now() - interval '31 days'),
				       (?, 'CaseDraftApproved', now() - interval '13 days')""")
			.params(old, recent)
			.update();

		this.cleanup.forgetExpired();

		assertThat(this.jdbc.sql("SELECT event_id FROM processed_events WHERE event_id IN (?, ?)")
			.params(old, recent)
			.query(UUID.class)
			.list()).containsExactly(recent);
	}

	/**
	 * A real outage for this service's database: new connections refused, existing ones cut.
	 */
	private static void refuseConnections(boolean refuse) throws SQLException {
		TestDatabase database = TestPostgres.database();
		String name = database.jdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
		String admin = database.jdbcUrl().replace("/" + name, "/postgres");
		try (Connection connection = DriverManager.getConnection(admin, database.username(), database.password());
				Statement statement = connection.createStatement()) {
			statement.execute("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS " + !refuse);
			if (refuse) {
				statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
						+ "' AND pid <> pg_backend_pid()");
			}
		}
	}

	private long committedOffsets() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
			return admin.listConsumerGroupOffsets("case-service")
				.partitionsToOffsetAndMetadata()
				.get()
				.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().topic().equals(Topics.CASE_DRAFT_APPROVED))
				.filter((entry) -> entry.getValue() != null)
				.mapToLong((entry) -> entry.getValue().offset())
				.sum();
		}
	}

	private List<ConsumerRecord<String, String>> deadLetters(String key) {
		return this.events.records(Topics.deadLetter(Topics.CASE_DRAFT_APPROVED))
			.stream()
			.filter((record) -> key.equals(record.key()))
			.toList();
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : "";
	}

	private List<CaseRejected> duplicates(String account) {
		return this.events.rejected(account)
			.stream()
			.filter((event) -> event.reason() == CaseRejectionReason.DUPLICATE)
			.toList();
	}

	private static Set<UUID> redeliveryRejectionIds(List<CaseDraftApproved> approvals) {
		return approvals.stream()
			.map((approval) -> CaseIntake.redeliveryRejectionId(approval.metadata().eventId()))
			.collect(Collectors.toSet());
	}

	private long casesOf(String account) {
		return this.jdbc.sql("SELECT count(*) FROM collection_cases WHERE account_id = ?")
			.param(account)
			.query(Long.class)
			.single();
	}

	private long casesOf(String account, CaseStatus status) {
		return this.jdbc.sql("SELECT count(*) FROM collection_cases WHERE account_id = ? AND status = ?")
			.param(account)
			.param(status.name())
			.query(Long.class)
			.single();
	}

}
