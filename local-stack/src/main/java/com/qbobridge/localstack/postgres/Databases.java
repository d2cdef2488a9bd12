package com.qbobridge.localstack.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Creates the databases the services own ({@code connector}, {@code cases}, {@code imports}) on a server; each
 * service then migrates its own schema with Flyway when it starts.
 */
public final class Databases {

	/** The databases of the services, see CONTRIBUTING.md. */
	public static final List<String> SERVICE_DATABASES = List.of("connector", "cases", "imports");

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	private Databases() {
	}

	/**
	 * Creates those of the databases that do not exist yet.
	 * @param server the server
	 * @param names database names, lower-case identifiers
	 * @return the databases that were created
	 */
	public static List<String> ensure(DatabaseServer server, List<String> names) {
		List<String> created = new ArrayList<>();
		try (Connection connection = connect(server)) {
			for (String name : names) {
				if (!NAME.matcher(name).matches()) {
					throw new IllegalArgumentException("Not a plain database name: " + name);
				}
				if (!exists(connection, name)) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("CREATE DATABASE " + name);
					}
					created.add(name);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the databases on " + server + ": " + ex.getMessage(), ex);
		}
		return created;
	}

	/**
	 * Whether a database exists on the server.
	 * @param server the server
	 * @param name the database name
	 * @return true if it exists
	 */
	public static boolean exists(DatabaseServer server, String name) {
		try (Connection connection = connect(server)) {
			return exists(connection, name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not reach " + server + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Opens a connection to the server's administration database.
	 * @param server the server
	 * @return a new connection
	 * @throws SQLException if the server does not answer
	 */
	public static Connection connect(DatabaseServer server) throws SQLException {
		DriverManager.setLoginTimeout(10);
		return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
	}

	private static boolean exists(Connection connection, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			query.setString(1, name);
			try (ResultSet result = query.executeQuery()) {
				return result.next();
			}
		}
	}

}
