package com.qbobridge.cases.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.qbobridge.cases.ApprovalSender;
import com.qbobridge.cases.Approvals;
import com.qbobridge.cases.CasesApplication;
import com.qbobridge.cases.TestTopics;
import com.qbobridge.schemas.Topics;
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
import org.awaitility.Awaitility;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures how many cases per second case-service creates end to end (approvals on Kafka, cases and outbox in
 * PostgreSQL, {@code case.created} acknowledged by the broker and the case SUBMITTED) and, in the same run on the same
 * database, how many of the same rows a plain JDBC batch insert writes per second, the floor of what storing cases
 * can cost. Run with {@code ./mvnw -B -ntp -pl case-service -Pbench test} ({@code -Dbench.cases=50000} for more).
 */
public final class IntakeBenchmark {

	private IntakeBenchmark() {
	}

	/**
	 * Runs the benchmark.
	 * @param args the number of approvals (default 20,000), then optionally the log level of case-service's own
	 * packages ({@code DEBUG} shows every batch with its size and time)
	 */
	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		TestDatabase database = TestPostgres.database();
		TestTopics.ensure();
		String group = "case-service-bench-" + UUID.randomUUID();
		pinGroupAtTheEnd(group);
		Approvals approvals = new Approvals("bench-" + UUID.randomUUID(), 12);
		List<CaseDraftApproved> batch = approvals.approvals(count);

		double service;
		double stored;
		try (ConfigurableApplicationContext context = start(group, database,
				(args.length > 1) ? args[1] : "WARN");
				ApprovalSender sender = new ApprovalSender();
				Connection connection = connect(database)) {
			waitFor(connection, "SELECT count(*) FROM processed_events", 0, Duration.ofSeconds(5));
			long started = System.nanoTime();
			sender.send(batch);
			String cases = "SELECT count(*) FROM collection_cases WHERE account_id = '" + approvals.accountId() + "'";
			waitFor(connection, cases, count, Duration.ofMinutes(10));
			stored = count / seconds(System.nanoTime() - started);
			waitFor(connection, cases + " AND status = 'SUBMITTED'", count, Duration.ofMinutes(10));
			service = count / seconds(System.nanoTime() - started);
		}

		double plain;
		try (Connection connection = connect(database)) {
			plain = plainInsert(connection, approvals.accountId(), count);
		}

		System.out.println();
		System.out.println("case-service intake benchmark, " + count + " approvals, "
				+ Runtime.getRuntime().availableProcessors() + " CPUs");
		System.out.printf(Locale.ROOT, "  case-service, cases stored (Kafka -> cases + outbox committed):                      %,.0f cases/s%n",
				stored);
		System.out.printf(Locale.ROOT, "  case-service end to end (Kafka -> cases + outbox -> case.created acked -> SUBMITTED): %,.0f cases/s%n",
				service);
		System.out.printf(Locale.ROOT, "  plain JDBC batch insert of the same rows (batches of 500, same indexes):              %,.0f rows/s%n",
				plain);
		System.out.printf(Locale.ROOT, "  case-service reaches %.0f%% of the plain insert rate%n", 100 * service / plain);
		System.exit(0);
	}

	private static ConfigurableApplicationContext start(String group, TestDatabase database,
			String intakeLogLevel) {
		Map<String, String> properties = Map.of("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers(),
				"spring.kafka.consumer.group-id", group, "spring.datasource.url", database.jdbcUrl(),
				"spring.datasource.username", database.username(), "spring.datasource.password", database.password(),
				"pipeline.service-tokens.jwk-set", ServiceTokens.keys().jwkSet(), "logging.level.root", "WARN",
				"logging.level.com.qbobridge.cases", intakeLogLevel);
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(CasesApplication.class).web(WebApplicationType.NONE).run(args);
	}

	/**
	 * Copies the cases the service created into a table shaped like {@code collection_cases} (same columns, same
	 * unique indexes) with plain JDBC batches, and times only the inserts.
	 */
	private static double plainInsert(Connection connection, String account, int count) throws Exception {
		List<Object[]> rows = new ArrayList<>(count);
		int columns;
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS bench_plain_cases");
			statement.execute("CREATE TABLE bench_plain_cases (LIKE collection_cases INCLUDING ALL)");
			try (ResultSet rs = statement
				.executeQuery("SELECT * FROM collection_cases WHERE account_id = '" + account + "'")) {
				ResultSetMetaData meta = rs.getMetaData();
				columns = meta.getColumnCount();
				while (rs.next()) {
					Object[] row = new Object[columns];
					for (int i = 0; i < columns; i++) {
						row[i] = rs.getObject(i + 1);
					}
					rows.add(row);
				}
			}
		}
		String placeholders = String.join(", ", java.util.Collections.nCopies(columns, "?"));
		connection.setAutoCommit(false);
		long started = System.nanoTime();
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO bench_plain_cases VALUES (" + placeholders + ")")) {
			int inBatch = 0;
			for (Object[] row : rows) {
				for (int i = 0; i < columns; i++) {
					insert.setObject(i + 1, row[i]);
				}
				insert.addBatch();
				if (++inBatch == 500) {
					insert.executeBatch();
					connection.commit();
					inBatch = 0;
				}
			}
			insert.executeBatch();
			connection.commit();
		}
		double rate = rows.size() / seconds(System.nanoTime() - started);
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE bench_plain_cases");
		}
		connection.commit();
		return rate;
	}

	private static void pinGroupAtTheEnd(String group) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
			Set<TopicPartition> partitions = admin.describeTopics(List.of(Topics.CASE_DRAFT_APPROVED))
				.allTopicNames()
				.get()
				.get(Topics.CASE_DRAFT_APPROVED)
				.partitions()
				.stream()
				.map((info) -> new TopicPartition(Topics.CASE_DRAFT_APPROVED, info.partition()))
				.collect(Collectors.toSet());
			Map<TopicPartition, OffsetSpec> latest = partitions.stream()
				.collect(Collectors.toMap((tp) -> tp, (tp) -> OffsetSpec.latest()));
			Map<TopicPartition, OffsetAndMetadata> ends = admin.listOffsets(latest)
				.all()
				.get()
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, (e) -> new OffsetAndMetadata(e.getValue().offset())));
			admin.alterConsumerGroupOffsets(group, ends).all().get();
		}
	}

	private static void waitFor(Connection connection, String countQuery, long expected, Duration timeout) {
		Awaitility.await("" + expected + ": " + countQuery)
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> count(connection, countQuery) >= expected);
	}

	private static long count(Connection connection, String countQuery) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(countQuery)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Connection connect(TestDatabase database) throws Exception {
		Properties properties = new Properties();
		properties.setProperty("user", database.username());
		properties.setProperty("password", database.password());
		properties.setProperty("reWriteBatchedInserts", "true");
		return DriverManager.getConnection(database.jdbcUrl(), properties);
	}

	private static double seconds(long nanos) {
		return nanos / 1_000_000_000.0;
	}

}
