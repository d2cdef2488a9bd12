package com.qbobridge.imports.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.qbobridge.imports.accounts.AccountAdministration;
import com.qbobridge.imports.accounts.AccountAdministration.NewUser;
import com.qbobridge.imports.accounts.ApiTokens;
import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.imports.accounts.Role;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The test users, created the way every user is ({@link AccountAdministration}): two accounts to prove tenant
 * isolation, operators, and API users with a personal API token each, which {@link Users} sends.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

	private static final Map<String, String> tokens = new ConcurrentHashMap<>();

	/**
	 * The personal API token of a test user, created when the context started.
	 * @param username the user
	 * @return the token
	 */
	public static String tokenOf(String username) {
		String token = tokens.get(username);
		if (token == null) {
			throw new IllegalStateException("No API token for " + username + "; is the test context started?");
		}
		return token;
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	ApplicationRunner testUsers(AccountAdministration administration, ApiTokens apiTokens) {
		return (arguments) -> {
			add(administration, new NewUser("acme", "Acme Supplies", "creditor@example.com", List.of(Role.OPERATOR)),
					// "password"
					"{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG");
			add(administration, new NewUser("acme", "Acme Supplies", "ops@acme.test", List.of(Role.OPERATOR)),
					"{noop}ops-secret");
			add(administration, new NewUser("acme", "Acme Supplies", "api@acme.test", List.of()), "{noop}acme-secret");
			add(administration, new NewUser("globex", "Globex Corporation", "api@globex.test", List.of()),
					"{noop}globex-secret");
			tokens.put("api@acme.test", apiTokens.create(new Caller("acme", "api@acme.test"), "tests").value());
			tokens.put("api@globex.test",
					apiTokens.create(new Caller("globex", "api@globex.test"), "tests").value());
			tokens.put("ops@acme.test", apiTokens.create(new Caller("acme", "ops@acme.test"), "tests").value());
		};
	}

	private static void add(AccountAdministration administration, NewUser user, String hash) {
		if (!administration.exists(user.username())) {
			administration.addUserWithHash(user, hash);
		}
	}

}
