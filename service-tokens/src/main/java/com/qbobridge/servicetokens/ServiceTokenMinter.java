package com.qbobridge.servicetokens;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.util.Assert;

/**
 * Mints the short-lived token that tells a called service which user and account a request is for: the one minter
 * of import-service and of every test that calls a service as import-service does.
 */
public final class ServiceTokenMinter {

	private final JwtEncoder encoder;

	private final ServiceTokenProperties properties;

	private final Clock clock;

	/**
	 * A minter that signs with the configured secret.
	 * @param properties the settings, must not be null; the secret at least 32 bytes
	 * @param clock the clock that dates the tokens, must not be null
	 */
	public ServiceTokenMinter(ServiceTokenProperties properties, Clock clock) {
		Assert.notNull(properties, "properties must not be null");
		Assert.notNull(clock, "clock must not be null");
		this.properties = properties;
		this.clock = clock;
		this.encoder = NimbusJwtEncoder.withSecretKey(secretKey(properties.secret()))
			.algorithm(MacAlgorithm.HS256)
			.build();
	}

	static SecretKeySpec secretKey(String secret) {
		Assert.notNull(secret, "secret must not be null");
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		Assert.isTrue(bytes.length >= 32, "secret must be at least 32 bytes");
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	/**
	 * A token for one call.
	 * @param audience the called service, e.g. {@code connector-service}; must not be blank
	 * @param accountId the creditor account the call is scoped to, must not be blank
	 * @param subject the signed-in user, must not be blank
	 * @return the compact JWT, valid from now for the configured lifetime
	 */
	public String mint(String audience, String accountId, String subject) {
		Assert.hasText(audience, "audience must not be blank");
		Assert.hasText(accountId, "accountId must not be blank");
		Assert.hasText(subject, "subject must not be blank");
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.audience(List.of(audience))
			.subject(subject)
			.claim(ServiceTokenClaims.ACCOUNT_CLAIM, accountId)
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.lifetime()))
			.id(UUID.randomUUID().toString())
			.build();
		return this.encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
