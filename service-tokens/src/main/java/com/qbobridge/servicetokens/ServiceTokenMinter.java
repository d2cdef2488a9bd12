package com.qbobridge.servicetokens;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.util.Assert;

/**
 * Mints the short-lived token that tells a called service which user and account a request is for: the one minter
 * of import-service and of every test that calls a service as import-service does. It signs with import-service's
 * private key (ES256); the called services hold only the public key, so none of them can mint a token.
 */
public final class ServiceTokenMinter {

	private final JwtEncoder encoder;

	private final ServiceTokenProperties properties;

	private final String keyId;

	private final String jwkSet;

	private final Clock clock;

	/**
	 * A minter that signs with the configured private key.
	 * @param properties the settings, must not be null; {@code signing-key} a private EC P-256 JWK
	 * @param clock the clock that dates the tokens, must not be null
	 */
	public ServiceTokenMinter(ServiceTokenProperties properties, Clock clock) {
		Assert.notNull(properties, "properties must not be null");
		Assert.notNull(clock, "clock must not be null");
		String signingKey = properties.signingKey();
		Assert.state(properties.signs() && signingKey != null,
				"pipeline.service-tokens.signing-key must be set (SERVICE_TOKEN_SIGNING_KEY) to mint service tokens");
		ECKey key = ServiceTokenKeys.signingKeyOf(signingKey);
		this.properties = properties;
		this.clock = clock;
		this.keyId = key.getKeyID();
		this.jwkSet = new JWKSet(key.toPublicJWK()).toString();
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
	}

	/**
	 * The public half of the signing key, as the JWK set the verifying services are given or fetch.
	 * @return the JWK set (JSON)
	 */
	public String jwkSet() {
		return this.jwkSet;
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
		return this.encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.ES256).keyId(this.keyId).build(), claims))
			.getTokenValue();
	}

}
