package com.qbobridge.imports.accounts;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in user together with the creditor account it belongs to, so that controllers can scope every call.
 */
public class AccountUser extends User {

	private static final long serialVersionUID = 1L;

	private final String accountId;

	private final String displayName;

	AccountUser(String username, String passwordHash, String accountId, String displayName) {
		super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_CREDITOR")));
		this.accountId = accountId;
		this.displayName = displayName;
	}

	/**
	 * The account the user acts for.
	 * @return the account id
	 */
	public String accountId() {
		return this.accountId;
	}

	/**
	 * The creditor's name for the pages.
	 * @return the display name
	 */
	public String displayName() {
		return this.displayName;
	}

	/**
	 * The user as the rest of the service sees it.
	 * @return account and user name
	 */
	public Caller caller() {
		return new Caller(this.accountId, getUsername());
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
