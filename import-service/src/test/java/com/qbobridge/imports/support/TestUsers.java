package com.qbobridge.imports.support;

import java.util.List;

import com.qbobridge.imports.accounts.AccountAdministration;
import com.qbobridge.imports.accounts.AccountAdministration.NewUser;
import com.qbobridge.imports.accounts.Role;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The test users, created the way every user is ({@link AccountAdministration}): two accounts to prove tenant
 * isolation, operators, and API users whose passwords {@link Users} sends.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	ApplicationRunner testUsers(AccountAdministration administration) {
		return (arguments) -> {
			add(administration, new NewUser("acme", "Acme Supplies", "creditor@example.com", List.of(Role.OPERATOR)),
					// "password"
					"{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG");
			add(administration, new NewUser("acme", "Acme Supplies", "ops@acme.test", List.of(Role.OPERATOR)),
					"{noop}ops-secret");
			add(administration, new NewUser("acme", "Acme Supplies", "api@acme.test", List.of()), "{noop}acme-secret");
			add(administration, new NewUser("globex", "Globex Corporation", "api@globex.test", List.of()),
					"{noop}globex-secret");
		};
	}

	private static void add(AccountAdministration administration, NewUser user, String hash) {
		if (!administration.exists(user.username())) {
			administration.addUserWithHash(user, hash);
		}
	}

}
