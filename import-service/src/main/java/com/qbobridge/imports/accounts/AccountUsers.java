package com.qbobridge.imports.accounts;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks up the configured users for sign-in, each bound to its creditor account.
 */
@Component
class AccountUsers implements UserDetailsService {

	private final Map<String, AccountsProperties.Account> accountsByUser = new HashMap<>();

	private final Map<String, AccountsProperties.User> usersByName = new HashMap<>();

	AccountUsers(AccountsProperties properties) {
		for (AccountsProperties.Account account : properties.accounts()) {
			for (AccountsProperties.User user : account.users()) {
				String key = normalize(user.username());
				if (this.accountsByUser.put(key, account) != null) {
					throw new IllegalStateException("User '" + user.username() + "' is configured more than once");
				}
				this.usersByName.put(key, user);
			}
		}
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String key = normalize(username);
		AccountsProperties.Account account = this.accountsByUser.get(key);
		if (account == null) {
			throw new UsernameNotFoundException("No such user");
		}
		AccountsProperties.User user = this.usersByName.get(key);
		return new AccountUser(key, user.passwordHash(), account.accountId(), account.displayName(), user.roles());
	}

	private static String normalize(String username) {
		return username.trim().toLowerCase(java.util.Locale.ROOT);
	}

}
