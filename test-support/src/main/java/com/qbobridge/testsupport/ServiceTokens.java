package com.qbobridge.testsupport;

import java.time.Clock;
import java.time.Duration;

import com.qbobridge.servicetokens.ServiceTokenMinter;
import com.qbobridge.servicetokens.ServiceTokenProperties;

/**
 * Mints service tokens with service-tokens' own {@link ServiceTokenMinter}, so that tests call connector-service and
 * case-service exactly as import-service does.
 */
public final class ServiceTokens {

	/** A secret for tests only: 32 bytes, as HS256 requires. */
	public static final String TEST_SECRET = "test-service-token-secret-32-bytes-long!";

	private ServiceTokens() {
	}

	/**
	 * A token for one account, valid for five minutes.
	 * @param audience the service called, e.g. {@code connector-service}
	 * @param accountId the creditor account
	 * @return the compact JWT
	 */
	public static String mint(String audience, String accountId) {
		return mint(TEST_SECRET, audience, accountId, "user@" + accountId, Duration.ofMinutes(5));
	}

	/**
	 * A token with every part chosen, e.g. to test expiry or a wrong secret.
	 * @param secret the HS256 secret
	 * @param audience the service called
	 * @param accountId the creditor account
	 * @param subject the signed-in user
	 * @param lifetime how long it is valid; negative for an expired token
	 * @return the compact JWT
	 */
	public static String mint(String secret, String audience, String accountId, String subject, Duration lifetime) {
		ServiceTokenProperties settings = new ServiceTokenProperties(secret, ServiceTokenProperties.DEFAULT_ISSUER,
				null, lifetime, Duration.ZERO);
		return new ServiceTokenMinter(settings, Clock.systemUTC()).mint(audience, accountId, subject);
	}

}
