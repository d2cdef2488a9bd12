package com.qbobridge.localstack.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseServerTests {

	@Test
	void pointsAtAnotherDatabaseKeepingHostPortAndParameters() {
		DatabaseServer server = new DatabaseServer("jdbc:postgresql://db.internal:6543/postgres?sslmode=require",
				"qbo", "pw");

		assertThat(server.urlOf("imports")).isEqualTo("jdbc:postgresql://db.internal:6543/imports?sslmode=require");
		assertThat(new DatabaseServer("jdbc:postgresql://localhost:5432", "postgres", "").urlOf("cases"))
			.isEqualTo("jdbc:postgresql://localhost:5432/cases");
	}

	@Test
	void neverShowsThePassword() {
		assertThat(new DatabaseServer("jdbc:postgresql://localhost/postgres", "qbo", "s3cret")).asString()
			.doesNotContain("s3cret");
	}

	@Test
	void acceptsOnlyPostgresqlUrls() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DatabaseServer("jdbc:mysql://localhost:3306/test", "sa", ""))
			.withMessageContaining("jdbc:mysql://localhost:3306/test");
	}

}
