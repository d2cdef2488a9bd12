package com.qbobridge.imports.support;

import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;

/**
 * The test users: API credentials (HTTP Basic) for one user of each of two accounts, and an operator.
 */
public final class Users {

	/** A user of account {@code acme}. */
	public static final Consumer<HttpHeaders> ACME = (headers) -> headers.setBasicAuth("api@acme.test",
			"acme-secret");

	/** A user of account {@code globex}. */
	public static final Consumer<HttpHeaders> GLOBEX = (headers) -> headers.setBasicAuth("api@globex.test",
			"globex-secret");

	/** An operator (role {@code OPERATOR}) of account {@code acme}. */
	public static final Consumer<HttpHeaders> OPERATOR = (headers) -> headers.setBasicAuth("ops@acme.test",
			"ops-secret");

	private Users() {
	}

}
