package com.qbobridge.connector.security;

import com.qbobridge.servicetokens.ServiceTokenDecoders;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.Assert;

/**
 * Reads who a verified service token speaks for, so that every query is scoped to that account.
 */
public final class ServiceCaller {

	/** The claim naming the creditor account. */
	public static final String ACCOUNT_CLAIM = ServiceTokenDecoders.ACCOUNT_CLAIM;

	private ServiceCaller() {
	}

	/**
	 * The account a verified token speaks for.
	 * @param jwt the verified token, must not be null
	 * @return the account id
	 */
	public static String accountOf(Jwt jwt) {
		Assert.notNull(jwt, "jwt must not be null");
		String account = jwt.getClaimAsString(ACCOUNT_CLAIM);
		Assert.state(account != null, "a verified service token names its account");
		return account;
	}

}
