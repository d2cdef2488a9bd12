package com.qbobridge.imports.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks up users for sign-in in the service's database, each bound to its creditor account.
 */
@Component
class AccountUsers implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String key = normalize(username);
		return this.jdbc
			.sql("select u.username, u.password_hash, u.roles, a.account_id, a.display_name from account_users u "
					+ "join accounts a on a.account_id = u.account_id where u.username = ?")
			.param(key)
			.query((rs, row) -> new AccountUser(rs.getString("username"), rs.getString("password_hash"),
					rs.getString("account_id"), rs.getString("display_name"), roles(rs.getString("roles"))))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	static String normalize(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private static List<Role> roles(String roles) {
		return Arrays.stream(roles.split(",")).filter((role) -> !role.isBlank()).map(Role::valueOf).toList();
	}

}
