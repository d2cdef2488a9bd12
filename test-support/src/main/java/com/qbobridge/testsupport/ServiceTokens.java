package com.qbobridge.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.qbobridge.servicetokens.ServiceTokenClaims;
import com.qbobridge.servicetokens.ServiceTokenKeys;
import com.qbobridge.servicetokens.ServiceTokenMinter;
import com.qbobridge.servicetokens.ServiceTokenProperties;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Mints service tokens with service-tokens' own {@link ServiceTokenMinter} and a key pair generated once per test
 * run, so that tests call connector-service and case-service exactly as import-service does. Spring tests reach the
 * keys as {@value #SIGNING_KEY_PROPERTY} and {@value #JWK_SET_PROPERTY} ({@link ServiceTokenTestKeys}).
 */
public final class ServiceTokens {

	/** The property holding this run's private signing key (JWK). */
	public static final String SIGNING_KEY_PROPERTY = "test.service-tokens.signing-key";

	/** The property holding this run's public JWK set. */
	public static final String JWK_SET_PROPERTY = "test.service-tokens.jwk-set";

	/** A test property that makes a verifying service trust this run's key. */
	public static final String VERIFY_WITH_TEST_KEY = "pipeline.service-tokens.jwk-set=${" + JWK_SET_PROPERTY + "}";

	/** A test property that makes import-service sign with this run's key. */
	public static final String SIGN_WITH_TEST_KEY = "pipeline.service-tokens.signing-key=${" + SIGNING_KEY_PROPERTY
			+ "}";

	private static final ServiceTokenKeys KEYS = ServiceTokenKeys.generate();

	private ServiceTokens() {
	}

	/**
	 * This run's key pair.
	 * @return the keys, the same for the whole test JVM
	 */
	public static ServiceTokenKeys keys() {
		return KEYS;
	}

	/**
	 * A token for one account, valid for five minutes.
	 * @param audience the service called, e.g. {@code connector-service}
	 * @param accountId the creditor account
	 * @return the compact JWT
	 */
	public static String mint(String audience, String accountId) {
		return mint(KEYS, audience, accountId, Instant.now(), Duration.ofMinutes(5));
	}

	/**
	 * A token with every part chosen, e.g. to test expiry, a future issue time or another key.
	 * @param keys the key pair whose private key signs
	 * @param audience the service called
	 * @param accountId the creditor account
	 * @param issuedAt the {@code iat}
	 * @param lifetime how long it is valid from {@code issuedAt}; negative for an expired token
	 * @return the compact JWT
	 */
	public static String mint(ServiceTokenKeys keys, String audience, String accountId, Instant issuedAt,
			Duration lifetime) {
		ServiceTokenProperties settings = ServiceTokenProperties.signing(keys.signingKey(), lifetime);
		return new ServiceTokenMinter(settings, Clock.fixed(issuedAt, ZoneOffset.UTC)).mint(audience, accountId,
				"user@" + accountId);
	}

	/**
	 * The best a service that holds only the public key can do: a well-formed token "signed" with HS256, the public
	 * JWK set as the HMAC secret (the classic algorithm-confusion forgery).
	 * @param audience the service called
	 * @param accountId the account to impersonate
	 * @return the compact JWT
	 */
	public static String forgedWithThePublicKey(String audience, String accountId) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ServiceTokenProperties.DEFAULT_ISSUER)
			.audience(List.of(audience))
			.subject("user@" + accountId)
			.claim(ServiceTokenClaims.ACCOUNT_CLAIM, accountId)
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofMinutes(5)))
			.build();
		byte[] publicKey = KEYS.jwkSet().getBytes(StandardCharsets.UTF_8);
		return NimbusJwtEncoder.withSecretKey(new SecretKeySpec(publicKey, "HmacSHA256"))
			.algorithm(MacAlgorithm.HS256)
			.build()
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
