package com.qbobridge.servicetokens;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.Assert;

/**
 * What a service token carries besides the registered claims, and how a called service reads the account from a
 * verified one, so that every query there is scoped to that account.
 */
public final class ServiceTokenClaims {

	/** The claim that carries the creditor account every call is scoped to. */
	public static final String ACCOUNT_CLAIM = "account_id";

	private ServiceTokenClaims() {
	}

	/**
	 * The account a verified token speaks for.
	 * @param jwt the verified token, must not be null
	 * @return the account id, never blank (the verifier refuses tokens without one)
	 */
	public static String accountOf(Jwt jwt) {
		Assert.notNull(jwt, "jwt must not be null");
		String account = jwt.getClaimAsString(ACCOUNT_CLAIM);
		Assert.state(account != null && !account.isBlank(), "a verified service token names its account");
		return account;
	}

	/**
	 * The account of the caller authenticated with a service token.
	 * @param authentication the current authentication, must hold a verified {@link Jwt}
	 * @return the account id, never blank
	 */
	public static String accountOf(Authentication authentication) {
		Assert.notNull(authentication, "authentication must not be null");
		if (authentication.getPrincipal() instanceof Jwt jwt) {
			return accountOf(jwt);
		}
		throw new IllegalStateException("Not authenticated with a service token");
	}

}
