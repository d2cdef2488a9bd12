package com.qbobridge.testsupport;

/**
 * A PostgreSQL database created for one test run.
 *
 * @param jdbcUrl where to connect
 * @param username the user to connect as
 * @param password its password, empty for trust authentication
 */
public record TestDatabase(String jdbcUrl, String username, String password) {

	@Override
	public String toString() {
		return "TestDatabase[" + this.jdbcUrl + " as " + this.username + "]";
	}

}
