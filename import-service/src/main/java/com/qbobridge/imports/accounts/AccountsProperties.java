package com.qbobridge.imports.accounts;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * The creditor accounts and the users who may sign in to each, configured until accounts have a store of their own.
 *
 * @param accounts every account, each with at least one user
 */
@ConfigurationProperties("pipeline.imports")
@Validated
public record AccountsProperties(@NotEmpty List<@Valid Account> accounts) {

	/**
	 * One creditor account.
	 *
	 * @param accountId the id every event and service token carries
	 * @param displayName the creditor's name as shown on the pages
	 * @param users who may sign in to it
	 */
	public record Account(@NotBlank String accountId, @NotBlank String displayName, @NotEmpty List<@Valid User> users) {

	}

	/**
	 * One user of an account.
	 *
	 * @param username the sign-in name, unique over all accounts
	 * @param passwordHash the password hashed for a {@code DelegatingPasswordEncoder}, e.g. {@code {bcrypt}$2a$...}
	 * @param roles what the user may do beyond their account's imports, none if not configured
	 */
	public record User(@NotBlank String username, @NotBlank String passwordHash, List<Role> roles) {

		@ConstructorBinding
		public User(String username, String passwordHash, @Nullable List<Role> roles) {
			this.username = username;
			this.passwordHash = passwordHash;
			this.roles = (roles != null) ? List.copyOf(roles) : List.of();
		}

		/**
		 * A user with no role beyond their account's imports.
		 * @param username the sign-in name
		 * @param passwordHash the hashed password
		 */
		public User(String username, String passwordHash) {
			this(username, passwordHash, List.of());
		}

	}

}
