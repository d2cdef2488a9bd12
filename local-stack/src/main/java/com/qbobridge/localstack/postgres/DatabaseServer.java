package com.qbobridge.localstack.postgres;

import java.util.Objects;

/**
 * A PostgreSQL server the local stack uses: where to connect for administration, and as whom.
 *
 * @param jdbcUrl a JDBC URL to one of its databases, e.g. {@code jdbc:postgresql://localhost:5432/postgres}
 * @param username the user, allowed to create databases
 * @param password its password, empty for trust authentication
 */
public record DatabaseServer(String jdbcUrl, String username, String password) {

	public DatabaseServer {
		Objects.requireNonNull(jdbcUrl, "jdbcUrl must not be null");
		Objects.requireNonNull(username, "username must not be null");
		Objects.requireNonNull(password, "password must not be null");
		if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
		}
	}

	/**
	 * The JDBC URL of another database on the same server, keeping host, port and parameters.
	 * @param database the database name
	 * @return e.g. {@code jdbc:postgresql://localhost:5432/connector}
	 */
	public String urlOf(String database) {
		int query = this.jdbcUrl.indexOf('?');
		String base = (query >= 0) ? this.jdbcUrl.substring(0, query) : this.jdbcUrl;
		String parameters = (query >= 0) ? this.jdbcUrl.substring(query) : "";
		int slash = base.indexOf('/', "jdbc:postgresql://".length());
		String server = (slash >= 0) ? base.substring(0, slash) : base;
		return server + "/" + database + parameters;
	}

	@Override
	public String toString() {
		return "DatabaseServer[" + this.jdbcUrl + " as " + this.username + "]";
	}

}
