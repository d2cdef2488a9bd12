package com.qbobridge.imports.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users of a local run ({@code application-local.yml}), added when missing; no other profile reads them, so a
 * deployment never starts with a known password (GH-15).
 */
@Component
@Profile("local")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoUsers implements ApplicationRunner {

	private final AccountAdministration administration;

	private final Settings settings;

	DemoUsers(AccountAdministration administration, Settings settings) {
		this.administration = administration;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		for (User user : this.settings.users()) {
			if (!this.administration.exists(user.username())) {
				this.administration.addUserWithHash(new AccountAdministration.NewUser(user.accountId(),
						user.displayName(), user.username(), user.roles()), user.passwordHash());
			}
		}
	}

	/**
	 * The demo users.
	 *
	 * @param users each with its account
	 */
	@ConfigurationProperties("pipeline.imports.demo")
	record Settings(List<User> users) {

		Settings(@Nullable List<User> users) {
			this.users = (users != null) ? List.copyOf(users) : List.of();
		}

	}

	/**
	 * One demo user.
	 *
	 * @param accountId its account
	 * @param displayName the account's name
	 * @param username the sign-in name
	 * @param passwordHash the {@code DelegatingPasswordEncoder} hash of its password
	 * @param roles its roles
	 */
	record User(String accountId, String displayName, String username, String passwordHash, List<Role> roles) {

		User(String accountId, String displayName, String username, String passwordHash,
				@Nullable List<Role> roles) {
			this.accountId = accountId;
			this.displayName = displayName;
			this.username = username;
			this.passwordHash = passwordHash;
			this.roles = (roles != null) ? List.copyOf(roles) : List.of();
		}

	}

}
