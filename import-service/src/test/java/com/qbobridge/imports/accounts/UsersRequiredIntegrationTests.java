package com.qbobridge.imports.accounts;

import java.io.IOException;
import java.util.List;

import com.qbobridge.testsupport.TestDatabase;
import com.qbobridge.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * No default operator (GH-15): only the local profile's configuration has demo users, a fresh database has none,
 * and the service refuses to start until the add-user command created one. Runs on a database of its own, migrated
 * by the service's own Flyway scripts.
 */
class UsersRequiredIntegrationTests {

	private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test // GH-15
	void refusesToStartWithoutUsersAndStartsOnceOneWasAdded() {
		AccountAdministration administration = freshAdministration();
		UsersRequired required = new UsersRequired(administration);

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> required.run(new DefaultApplicationArguments()))
			.withMessageContaining("has no users")
			.withMessageContaining("add-user");
		assertThatNoException().as("the command itself may run")
			.isThrownBy(() -> required.run(new DefaultApplicationArguments("add-user", "--account=acme")));

		administration.addUser(new AccountAdministration.NewUser("acme", "Acme Supplies", "Ops@Acme.Example",
				List.of(Role.OPERATOR)), "a long enough passphrase");

		assertThatNoException().isThrownBy(() -> required.run(new DefaultApplicationArguments()));
	}

	@Test // GH-15
	void storesUsersWithBcryptHashesAndRefusesShortPasswordsAndDuplicates() {
		JdbcClient jdbc = freshDatabase();
		AccountAdministration administration = new AccountAdministration(jdbc, this.passwords);
		AccountAdministration.NewUser user = new AccountAdministration.NewUser("globex", "Globex", "a@globex.example",
				List.of());

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> administration.addUser(user, "short"));
		assertThatExceptionOfType(IllegalArgumentException.class).as("text-direction control in the name")
			.isThrownBy(() -> administration.addUser(new AccountAdministration.NewUser("evil", "Acme\u202Eylppus",
					"b@evil.example", List.of()), "correct horse battery"));
		administration.addUser(user, "correct horse battery");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> administration.addUser(user, "correct horse battery"))
			.withMessageContaining("exists");

		String hash = jdbc.sql("select password_hash from account_users where username = 'a@globex.example'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2a$");
		AccountUser loaded = (AccountUser) new AccountUsers(jdbc).loadUserByUsername(" A@Globex.example ");
		assertThat(loaded.accountId()).isEqualTo("globex");
		assertThat(loaded.operator()).isFalse();
		assertThat(this.passwords.matches("correct horse battery", loaded.getPassword())).isTrue();
	}

	@Test // GH-15
	void onlyTheLocalProfileHasDemoUsersAndItAddsThemOnce() throws IOException {
		assertThat(yaml("application.yml").containsProperty("pipeline.imports.demo.users[0].username")).isFalse();
		assertThat(yaml("application.yml").containsProperty("pipeline.imports.accounts[0].account-id")).isFalse();
		PropertySource<?> local = yaml("application-local.yml");
		assertThat(local.getProperty("pipeline.imports.demo.users[0].username")).isEqualTo("creditor@example.com");

		AccountAdministration administration = freshAdministration();
		DemoUsers demo = new DemoUsers(administration, new DemoUsers.Settings(List.of(new DemoUsers.User("acme",
				"Acme Supplies", "creditor@example.com", String.valueOf(local.getProperty(
						"pipeline.imports.demo.users[0].password-hash")), List.of(Role.OPERATOR)))));
		demo.run(new DefaultApplicationArguments());
		demo.run(new DefaultApplicationArguments());

		assertThat(administration.userCount()).isEqualTo(1);
	}

	private AccountAdministration freshAdministration() {
		return new AccountAdministration(freshDatabase(), this.passwords);
	}

	private static JdbcClient freshDatabase() {
		TestDatabase database = TestPostgres.anotherDatabase();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
				database.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return JdbcClient.create(dataSource);
	}

	private static PropertySource<?> yaml(String name) throws IOException {
		return new YamlPropertySourceLoader().load(name, new ClassPathResource(name)).get(0);
	}

}
