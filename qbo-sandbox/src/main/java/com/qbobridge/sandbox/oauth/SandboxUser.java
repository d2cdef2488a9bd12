package com.qbobridge.sandbox.oauth;

import java.util.List;

import org.springframework.util.Assert;

/**
 * A QuickBooks user who can sign in on the authorize page and connect the companies (realms) it owns.
 *
 * @param username the sign-in name, usually an email address
 * @param password the password
 * @param realmIds the companies the user can pick
 */
public record SandboxUser(String username, String password, List<String> realmIds) {

	public SandboxUser {
		Assert.hasText(username, "username must not be empty");
		Assert.hasText(password, "password must not be empty");
		realmIds = (realmIds != null) ? List.copyOf(realmIds) : List.of();
	}

	@Override
	public String toString() {
		return "SandboxUser[username=" + this.username + ", realmIds=" + this.realmIds + "]";
	}

}
