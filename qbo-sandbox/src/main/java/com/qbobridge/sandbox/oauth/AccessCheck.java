package com.qbobridge.sandbox.oauth;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a bearer access token on an API call.
 *
 * @param status whether the token is valid, and if not why
 * @param realmId the company the token was issued for, when known
 * @param scopes the scopes granted, when known
 */
public record AccessCheck(Status status, @Nullable String realmId, Set<String> scopes) {

	/** The accounting scope an app needs for the Accounting API. */
	public static final String ACCOUNTING_SCOPE = "com.intuit.quickbooks.accounting";

	public boolean valid() {
		return this.status == Status.VALID;
	}

	public boolean hasAccountingScope() {
		return this.scopes.contains(ACCOUNTING_SCOPE);
	}

	/** Why a token is or is not accepted. */
	public enum Status {

		VALID, EXPIRED, REVOKED, UNKNOWN

	}

}
