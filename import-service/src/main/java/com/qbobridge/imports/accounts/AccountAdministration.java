package com.qbobridge.imports.accounts;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.qbobridge.rules.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Creates accounts and their users, the one way users come to exist: the {@code add-user} command, an operator's
 * API call, the local profile's demo users and the tests all go through it. Passwords are stored as bcrypt hashes.
 */
@Component
public class AccountAdministration {

	/** The shortest password a new user may choose (ASVS 2.1.1). */
	public static final int MINIMUM_PASSWORD_LENGTH = 12;

	private static final Pattern ACCOUNT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private static final Pattern USERNAME = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,255}");

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	AccountAdministration(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/**
	 * Adds a user, creating the account if it is new.
	 * @param user the user, must not be null
	 * @param password the chosen password, at least {@link #MINIMUM_PASSWORD_LENGTH} characters
	 * @throws IllegalArgumentException if a value is not acceptable or the user exists
	 */
	@Transactional
	public void addUser(NewUser user, String password) {
		Assert.isTrue(password.length() >= MINIMUM_PASSWORD_LENGTH,
				"password must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
		addUserWithHash(user, this.passwords.encode(password));
	}

	/**
	 * Adds a user whose password is already hashed (the local profile's demo users), creating the account if new.
	 * @param user the user, must not be null
	 * @param passwordHash a {@code DelegatingPasswordEncoder} hash, e.g. {@code {bcrypt}$2a$...}
	 * @throws IllegalArgumentException if a value is not acceptable or the user exists
	 */
	@Transactional
	public void addUserWithHash(NewUser user, String passwordHash) {
		Assert.isTrue(ACCOUNT_ID.matcher(user.accountId()).matches(), "accountId must be lower-case letters, digits, -");
		Assert.hasText(user.displayName(), "displayName must not be blank");
		Assert.isTrue(Texts.forbidden(user.displayName()) == Texts.Forbidden.NONE,
				"displayName must not hold control, zero-width or text-direction characters");
		String username = AccountUsers.normalize(user.username());
		Assert.isTrue(USERNAME.matcher(username).matches(), "username must be an e-mail address");
		Assert.hasText(passwordHash, "passwordHash must not be blank");
		this.jdbc.sql("insert into accounts (account_id, display_name) values (?, ?) on conflict do nothing")
			.params(user.accountId(), user.displayName().strip())
			.update();
		int added = this.jdbc
			.sql("insert into account_users (username, account_id, password_hash, roles) values (?, ?, ?, ?) "
					+ "on conflict do nothing")
			.params(username, user.accountId(), passwordHash,
					user.roles().stream().map(Role::name).collect(Collectors.joining(",")))
			.update();
		Assert.isTrue(added == 1, "user " + username + " exists already");
	}

	/**
	 * Whether a user exists.
	 * @param username the sign-in name
	 * @return true if it does
	 */
	public boolean exists(String username) {
		return this.jdbc.sql("select count(*) from account_users where username = ?")
			.param(AccountUsers.normalize(username))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * How many users may sign in.
	 * @return the number of users
	 */
	public int userCount() {
		return this.jdbc.sql("select count(*) from account_users").query(Integer.class).single();
	}

	/**
	 * A user to add.
	 *
	 * @param accountId the account, lower-case letters, digits and dashes
	 * @param displayName the account's name on the pages (used when the account is new)
	 * @param username the sign-in name, an e-mail address, unique over all accounts
	 * @param roles what the user may do beyond the account's imports
	 */
	public record NewUser(String accountId, String displayName, String username, List<Role> roles) {

		public NewUser {
			Assert.notNull(accountId, "accountId must not be null");
			Assert.notNull(displayName, "displayName must not be null");
			Assert.notNull(username, "username must not be null");
			roles = List.copyOf(roles);
		}

	}

}
