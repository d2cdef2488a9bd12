package com.qbobridge.sandbox.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The users that can sign in on the authorize page; user names are case-insensitive like Intuit's.
 */
@Component
public class SandboxUsers {

	private final Map<String, SandboxUser> users = new ConcurrentHashMap<>();

	/** Registers the user, replacing one with the same name. */
	public void put(SandboxUser user) {
		this.users.put(key(user.username()), user);
	}

	public Optional<SandboxUser> find(String username) {
		return Optional.ofNullable(this.users.get(key(username)));
	}

	/** The user if the password matches. */
	public Optional<SandboxUser> signIn(String username, String password) {
		return find(username).filter((user) -> MessageDigest.isEqual(user.password().getBytes(StandardCharsets.UTF_8),
				password.getBytes(StandardCharsets.UTF_8)));
	}

	public java.util.Collection<SandboxUser> all() {
		return this.users.values();
	}

	private static String key(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

}
