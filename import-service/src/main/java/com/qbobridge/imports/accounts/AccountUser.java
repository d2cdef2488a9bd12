package com.qbobridge.imports.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in user together with the creditor account it belongs to, so that controllers can scope every call.
 */
public class AccountUser extends User {

	private static final long serialVersionUID = 1L;

	private final String accountId;

	private final String displayName;

	private final Set<Role> roles;

	AccountUser(String username, String passwordHash, String accountId, String displayName, List<Role> roles) {
		super(username, passwordHash, authorities(roles));
		this.accountId = accountId;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
	}

	private static List<GrantedAuthority> authorities(List<Role> roles) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_CREDITOR"));
		roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authorities;
	}

	/**
	 * Whether the user may see the pipeline's operations (the Operations page and the actuator's details).
	 * @return true for operators
	 */
	public boolean operator() {
		return this.roles.contains(Role.OPERATOR);
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
