package com.qbobridge.imports.remote;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.servicetokens.ServiceTokenDecoders;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * Mints the short-lived HS256 token that tells a called service which user and account a request is for.
 */
@Component
public class ServiceTokenIssuer {

	/** The claim that carries the creditor account. */
	public static final String ACCOUNT_CLAIM = ServiceTokenDecoders.ACCOUNT_CLAIM;

	private final NimbusJwtEncoder encoder;

	private final ServiceTokenProperties properties;

	private final Clock clock;

	ServiceTokenIssuer(ServiceTokenProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.encoder = NimbusJwtEncoder
			.withSecretKey(new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
			.algorithm(MacAlgorithm.HS256)
			.build();
	}

	/**
	 * A token for one call.
	 * @param audience the called service, e.g. {@code connector-service}; must not be blank
	 * @param caller the user and account, must not be null
	 * @return the compact JWT
	 */
	public String mint(String audience, Caller caller) {
		Assert.hasText(audience, "audience must not be blank");
		Assert.notNull(caller, "caller must not be null");
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.audience(List.of(audience))
			.subject(caller.username())
			.claim(ACCOUNT_CLAIM, caller.accountId())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.lifetime()))
			.id(UUID.randomUUID().toString())
			.build();
		return this.encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
