package com.qbobridge.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL database per test JVM, created on first use and dropped when the JVM exits. The server is, in
 * order of preference: the one named by {@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USERNAME} and
 * {@code TEST_DATABASE_PASSWORD}), a container when Docker runs, the local server at 127.0.0.1:5432, or an embedded
 * PostgreSQL started from real binaries.
 */
public final class TestPostgres {

	private static final Logger logger = LoggerFactory.getLogger(TestPostgres.class);

	static final String IMAGE = "postgres:15-alpine";

	private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

	private static volatile TestDatabase database;

	private static volatile TestDatabase server;

	private TestPostgres() {
	}

	/**
	 * This run's database, creating it (and starting a server if needed) on first call.
	 * @return the database
	 */
	public static TestDatabase database() {
		TestDatabase result = database;
		if (result == null) {
			synchronized (TestPostgres.class) {
				result = database;
				if (result == null) {
					server = server();
					result = createDatabase(server);
					database = result;
				}
			}
		}
		return result;
	}

	/**
	 * Another fresh database on the same server, for tests that run several services, each owning its database.
	 * Dropped when the JVM exits.
	 * @return the new database
	 */
	public static TestDatabase anotherDatabase() {
		synchronized (TestPostgres.class) {
			database();
			return createDatabase(server);
		}
	}

	private static TestDatabase server() {
		String url = System.getenv("TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			logger.info("Tests use the PostgreSQL server at {}", url);
			return new TestDatabase(url, env("TEST_DATABASE_USERNAME", "postgres"), env("TEST_DATABASE_PASSWORD", ""));
		}
		if (Docker.isAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-postgres-stop"));
			logger.info("Tests use a PostgreSQL container at {}", container.getJdbcUrl());
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		TestDatabase local = new TestDatabase(LOCAL_SERVER, "postgres", "");
		if (answers(local)) {
			logger.info("Tests use the local PostgreSQL server at {}", LOCAL_SERVER);
			return local;
		}
		return embedded();
	}

	private static TestDatabase embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "test-postgres-stop"));
			String url = postgres.getJdbcUrl("postgres", "postgres");
			logger.info("Tests use an embedded PostgreSQL at {}", url);
			return new TestDatabase(url, "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start an embedded PostgreSQL", ex);
		}
	}

	private static TestDatabase createDatabase(TestDatabase server) {
		String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
		execute(server, "CREATE DATABASE " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"),
					"test-database-drop"));
		String url = withDatabase(server.jdbcUrl(), name);
		logger.info("Tests use the fresh database {}", url);
		return new TestDatabase(url, server.username(), server.password());
	}

	/**
	 * Replaces the database name in a PostgreSQL JDBC URL, keeping host, port and parameters.
	 */
	static String withDatabase(String jdbcUrl, String name) {
		int query = jdbcUrl.indexOf('?');
		String base = (query >= 0) ? jdbcUrl.substring(0, query) : jdbcUrl;
		String params = (query >= 0) ? jdbcUrl.substring(query) : "";
		int slash = base.lastIndexOf('/');
		return base.substring(0, slash + 1) + name + params;
	}

	private static boolean answers(TestDatabase server) {
		try (Connection connection = connect(server)) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static void execute(TestDatabase server, String sql) {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + server, ex);
		}
	}

	private static Connection connect(TestDatabase server) throws SQLException {
		DriverManager.setLoginTimeout(3);
		return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			logger.warn("Could not stop the embedded PostgreSQL", ex);
		}
	}

}
