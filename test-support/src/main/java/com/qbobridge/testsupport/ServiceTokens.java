package com.qbobridge.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints the short-lived service tokens import-service sends to connector-service and case-service, so that their
 * tests call them exactly as import-service does (HS256, issuer {@code import-service}, the target service as
 * audience, the account in {@code account_id}).
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
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("import-service")
			.audience(audience)
			.subject(subject)
			.claim("account_id", accountId)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(lifetime)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a service token", ex);
		}
		return jwt.serialize();
	}

}
