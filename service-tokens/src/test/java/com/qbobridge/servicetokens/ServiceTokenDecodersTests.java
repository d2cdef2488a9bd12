package com.qbobridge.servicetokens;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
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

	static final String SECRET = "test-service-token-secret-32-bytes-long!";

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private final JwtDecoder decoder = ServiceTokenDecoders.forThisService(settings(SECRET, "case-service"), CLOCK);

	@Test
	void acceptsATokenMintedForThisServiceAndReadsTheCaller() {
		Jwt jwt = this.decoder.decode(minter(SECRET, NOW).mint("case-service", "acme", "creditor@example.com"));

		assertThat(ServiceTokenClaims.accountOf(jwt)).isEqualTo("acme");
		assertThat(jwt.getSubject()).isEqualTo("creditor@example.com");
		assertThat(jwt.getClaimAsString("iss")).isEqualTo("import-service");
		assertThat(jwt.getAudience()).containsExactly("case-service");
		assertThat(jwt.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
		assertThat(jwt.getId()).isNotBlank();
	}

	@Test
	void acceptsATokenFromAClockWithinTheSkew() {
		String token = minter(SECRET, NOW.plusSeconds(30)).mint("case-service", "acme", "u");

		assertThat(ServiceTokenClaims.accountOf(this.decoder.decode(token))).isEqualTo("acme");
	}

	@Test
	void refusesATokenForAnotherService() {
		String token = minter(SECRET, NOW).mint("connector-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("not meant for case-service");
	}

	@Test
	void refusesAnExpiredToken() {
		String token = minter(SECRET, NOW.minus(Duration.ofMinutes(7))).mint("case-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("expired");
	}

	@Test
	void refusesATokenIssuedInTheFuture() {
		String token = minter(SECRET, NOW.plus(Duration.ofMinutes(2))).mint("case-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("iat");
	}

	@Test
	void refusesATokenFromAnotherIssuer() {
		ServiceTokenProperties other = new ServiceTokenProperties(SECRET, "mapping-service", null,
				Duration.ofMinutes(5), Duration.ofSeconds(60));
		String token = new ServiceTokenMinter(other, CLOCK).mint("case-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("iss");
	}

	@Test
	void refusesATokenSignedWithAnotherSecret() {
		String token = minter("another-secret-of-at-least-32-bytes!!", NOW).mint("case-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token));
	}

	@Test
	void refusesATokenThatLivesLongerThanTheLifetime() {
		ServiceTokenProperties hourLong = new ServiceTokenProperties(SECRET, "import-service", null,
				Duration.ofHours(1), Duration.ofSeconds(60));
		String token = new ServiceTokenMinter(hourLong, CLOCK).mint("case-service", "acme", "u");

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("at most 300 seconds");
	}

	@Test
	void refusesATokenWithoutAnAccount() {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("import-service")
			.audience(List.of("case-service"))
			.subject("u")
			.issuedAt(NOW)
			.expiresAt(NOW.plus(Duration.ofMinutes(5)))
			.build();
		String token = NimbusJwtEncoder
			.withSecretKey(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
			.algorithm(MacAlgorithm.HS256)
			.build()
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("account_id");
	}

	@Test
	void needsToKnowWhichServiceItVerifiesFor() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> ServiceTokenDecoders.forThisService(settings(SECRET, null), CLOCK))
			.withMessageContaining("pipeline.service-tokens.audience");
	}

	@Test
	void refusesToMintWithAShortSecretOrWithoutAnAccount() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> minter("too-short", NOW))
			.withMessageContaining("32 bytes");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> minter(SECRET, NOW).mint("case-service", " ", "u"))
			.withMessageContaining("accountId");
	}

	static ServiceTokenProperties settings(String secret, @Nullable String audience) {
		return new ServiceTokenProperties(secret, "import-service", audience, Duration.ofMinutes(5),
				Duration.ofSeconds(60));
	}

	static ServiceTokenMinter minter(String secret, Instant now) {
		return new ServiceTokenMinter(settings(secret, null), Clock.fixed(now, ZoneOffset.UTC));
	}

}
