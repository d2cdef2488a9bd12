package com.qbobridge.servicetokens;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServiceTokenDecodersTests {

	static final ServiceTokenKeys KEYS = ServiceTokenKeys.generate();

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private final JwtDecoder decoder = ServiceTokenDecoders.forThisService(verifying("case-service"), CLOCK);

	@Test
	void acceptsATokenMintedForThisServiceAndReadsTheCaller() {
		Jwt jwt = this.decoder.decode(minter(KEYS, NOW).mint("case-service", "acme", "creditor@example.com"));

		assertThat(ServiceTokenClaims.accountOf(jwt)).isEqualTo("acme");
		assertThat(jwt.getSubject()).isEqualTo("creditor@example.com");
		assertThat(jwt.getClaimAsString("iss")).isEqualTo("import-service");
		assertThat(jwt.getAudience()).containsExactly("case-service");
		assertThat(jwt.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
		assertThat(jwt.getId()).isNotBlank();
		assertThat(jwt.getHeaders()).containsEntry("alg", "ES256").containsKey("kid");
	}

	@Test
	void acceptsATokenFromAClockWithinTheSkew() {
		String token = minter(KEYS, NOW.plusSeconds(30)).mint("case-service", "acme", "u");

		assertThat(ServiceTokenClaims.accountOf(this.decoder.decode(token))).isEqualTo("acme");
	}

	@Test
	void acceptsTokensOfEveryKeyInTheSetDuringARotation() {
		ServiceTokenKeys next = ServiceTokenKeys.generate();
		String both = "{\"keys\":[" + key(KEYS.jwkSet()) + "," + key(next.jwkSet()) + "]}";
		JwtDecoder rotating = ServiceTokenDecoders.forThisService(
				ServiceTokenProperties.verifying(both, "case-service"), CLOCK);

		assertThat(rotating.decode(minter(KEYS, NOW).mint("case-service", "acme", "u")).getSubject()).isEqualTo("u");
		assertThat(rotating.decode(minter(next, NOW).mint("case-service", "acme", "v")).getSubject()).isEqualTo("v");
	}

	@Test
	void refusesATokenForAnotherService() {
		String token = minter(KEYS, NOW).mint("connector-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("not meant for case-service");
	}

	@Test
	void refusesAnExpiredToken() {
		String token = minter(KEYS, NOW.minus(Duration.ofMinutes(7))).mint("case-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("expired");
	}

	@Test
	void refusesATokenIssuedInTheFuture() {
		String token = minter(KEYS, NOW.plus(Duration.ofMinutes(2))).mint("case-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("iat");
	}

	@Test
	void refusesATokenFromAnotherIssuer() {
		ServiceTokenProperties other = new ServiceTokenProperties(KEYS.signingKey(), null, null, "mapping-service",
				null, Duration.ofMinutes(5), Duration.ofSeconds(60));
		String token = new ServiceTokenMinter(other, CLOCK).mint("case-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("iss");
	}

	@Test
	void refusesATokenSignedWithAnotherKey() {
		String token = minter(ServiceTokenKeys.generate(), NOW).mint("case-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token));
	}

	@Test
	void refusesAnHmacTokenKeyedWithThePublicKey() {
		String token = hmac(KEYS.jwkSet(), claims("acme"));

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token));
	}

	@Test
	void refusesATokenThatLivesLongerThanTheLifetime() {
		String token = new ServiceTokenMinter(ServiceTokenProperties.signing(KEYS.signingKey(), Duration.ofHours(1)),
				CLOCK)
			.mint("case-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("at most 300 seconds");
	}

	@Test
	void refusesATokenWithoutAnAccount() {
		String token = new NimbusJwtEncoder(
				new ImmutableJWKSet<>(new JWKSet(ServiceTokenKeys.signingKeyOf(KEYS.signingKey()))))
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.ES256).build(), claims(null)))
			.getTokenValue();

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("account_id");
	}

	@Test
	void needsToKnowWhichServiceItVerifiesForAndWhoseKeys() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> ServiceTokenDecoders.forThisService(verifying(null), CLOCK))
			.withMessageContaining("pipeline.service-tokens.audience");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> ServiceTokenDecoders.forThisService(new ServiceTokenProperties(KEYS.signingKey(), null,
					null, "import-service", "case-service", Duration.ofMinutes(5), Duration.ofSeconds(60)), CLOCK))
			.withMessageContaining("jwk-set");
	}

	@Test
	void refusesToMintWithoutAPrivateKeyOrAnAccount() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new ServiceTokenMinter(ServiceTokenProperties.signing(key(KEYS.jwkSet()),
					Duration.ofMinutes(5)), CLOCK))
			.withMessageContaining("private EC P-256");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new ServiceTokenMinter(verifying("case-service"), CLOCK))
			.withMessageContaining("SERVICE_TOKEN_SIGNING_KEY");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> minter(KEYS, NOW).mint("case-service", " ", "u"))
			.withMessageContaining("accountId");
	}

	@Test
	void publishesOnlyThePublicHalf() {
		ServiceTokenMinter minter = minter(KEYS, NOW);

		assertThat(minter.jwkSet()).isEqualTo(KEYS.jwkSet()).doesNotContain("\"d\"");
		assertThat(ServiceTokenKeys.jwkSetFor(KEYS.signingKey())).isEqualTo(KEYS.jwkSet());
		assertThat(KEYS.toString()).doesNotContain(KEYS.signingKey());
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ServiceTokenKeys.jwkSetOf("{\"keys\":[" + KEYS.signingKey() + "]}"))
			.withMessageContaining("public keys only");
	}

	static ServiceTokenProperties verifying(@Nullable String audience) {
		return new ServiceTokenProperties(null, KEYS.jwkSet(), null, "import-service", audience,
				Duration.ofMinutes(5), Duration.ofSeconds(60));
	}

	static ServiceTokenMinter minter(ServiceTokenKeys keys, Instant now) {
		return new ServiceTokenMinter(ServiceTokenProperties.signing(keys.signingKey(), Duration.ofMinutes(5)),
				Clock.fixed(now, ZoneOffset.UTC));
	}

	private static String key(String jwkSet) {
		return jwkSet.substring(jwkSet.indexOf('[') + 1, jwkSet.lastIndexOf(']'));
	}

	private static JwtClaimsSet claims(@Nullable String account) {
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer("import-service")
			.audience(List.of("case-service"))
			.subject("u")
			.issuedAt(NOW)
			.expiresAt(NOW.plus(Duration.ofMinutes(5)));
		if (account != null) {
			claims.claim(ServiceTokenClaims.ACCOUNT_CLAIM, account);
		}
		return claims.build();
	}

	private static String hmac(String secret, JwtClaimsSet claims) {
		return NimbusJwtEncoder
			.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
			.algorithm(MacAlgorithm.HS256)
			.build()
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
