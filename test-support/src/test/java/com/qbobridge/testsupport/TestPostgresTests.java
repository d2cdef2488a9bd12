package com.qbobridge.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestPostgresTests {

	@Test
	void replacesTheDatabaseNameAndKeepsParameters() {
		assertThat(TestPostgres.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?sslmode=disable", "test_1"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/test_1?sslmode=disable");
		assertThat(TestPostgres.withDatabase("jdbc:postgresql://db:5432/test", "test_2"))
			.isEqualTo("jdbc:postgresql://db:5432/test_2");
	}

	@Test
	void eachRunGetsItsOwnFreshDatabase() throws SQLException {
		TestDatabase database = TestPostgres.database();

		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); ResultSet result = connection.createStatement().executeQuery("select current_database()")) {
			result.next();
			assertThat(result.getString(1)).startsWith("test_").isNotEqualTo("test");
		}
		assertThat(TestPostgres.database()).isSameAs(database);
	}

	@Test
	void anotherDatabaseIsSeparateFromTheFirst() throws SQLException {
		TestDatabase other = TestPostgres.anotherDatabase();

		try (Connection connection = DriverManager.getConnection(other.jdbcUrl(), other.username(), other.password());
				ResultSet result = connection.createStatement().executeQuery("select current_database()")) {
			result.next();
			assertThat(result.getString(1)).startsWith("test_");
			assertThat(TestPostgres.database().jdbcUrl()).doesNotContain(result.getString(1));
		}
	}

}
