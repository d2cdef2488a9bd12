package com.qbobridge.imports.accounts;

import org.springframework.util.Assert;

/**
 * Who is acting: the signed-in user and the creditor account every read and write is scoped to.
 *
 * @param accountId the creditor account, must not be blank
 * @param username the signed-in user, must not be blank
 */
public record Caller(String accountId, String username) {

	public Caller {
		Assert.hasText(accountId, "accountId must not be blank");
		Assert.hasText(username, "username must not be blank");
	}

}
