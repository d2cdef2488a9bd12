package com.qbobridge.imports.support;

import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;

/**
 * The test users' API credentials: personal API tokens ({@link TestUsers} creates them at start-up) for one user of
 * each of two accounts and an operator, and HTTP Basic for the tests of Basic itself.
 */
public final class Users {

	/** A user of account {@code acme}. */
	public static final Consumer<HttpHeaders> ACME = (headers) -> headers
		.setBearerAuth(TestUsers.tokenOf("api@acme.test"));

	/** A user of account {@code globex}. */
	public static final Consumer<HttpHeaders> GLOBEX = (headers) -> headers
		.setBearerAuth(TestUsers.tokenOf("api@globex.test"));

	/** An operator (role {@code OPERATOR}) of account {@code acme}. */
	public static final Consumer<HttpHeaders> OPERATOR = (headers) -> headers
		.setBearerAuth(TestUsers.tokenOf("ops@acme.test"));

	/** The {@code acme} user with HTTP Basic, accepted without a challenge; writes need the CSRF token. */
	public static final Consumer<HttpHeaders> ACME_BASIC = (headers) -> headers.setBasicAuth("api@acme.test",
			"acme-secret");

	private Users() {
	}

}
