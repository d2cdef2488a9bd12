package com.qbobridge.cases.security;

import com.qbobridge.servicetokens.ServiceTokenDecoders;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the caller's creditor account from a verified service token, the one value every query is scoped to.
 */
public final class ServiceTokens {

	/** The claim that carries the creditor account. */
	public static final String ACCOUNT_CLAIM = ServiceTokenDecoders.ACCOUNT_CLAIM;

	private ServiceTokens() {
	}

	/**
	 * The caller's account.
	 * @param authentication the verified token's authentication
	 * @return the account id, never blank (tokens without one are refused)
	 */
	public static String accountOf(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken token) {
			Jwt jwt = token.getToken();
			return jwt.getClaimAsString(ACCOUNT_CLAIM);
		}
		throw new IllegalStateException("Not authenticated with a service token");
	}

}
