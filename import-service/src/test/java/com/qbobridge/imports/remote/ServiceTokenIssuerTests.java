package com.qbobridge.imports.remote;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.qbobridge.imports.accounts.Caller;
import com.qbobridge.testsupport.ServiceTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTokenIssuerTests {

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	@Test
	void mintsAnHs256TokenTheCalledServiceAccepts() throws Exception {
		ServiceTokenIssuer issuer = new ServiceTokenIssuer(
				new ServiceTokenProperties(ServiceTokens.TEST_SECRET, "import-service", Duration.ofMinutes(5)),
				Clock.fixed(NOW, ZoneOffset.UTC));

		SignedJWT jwt = SignedJWT.parse(issuer.mint("case-service", new Caller("acme", "creditor@example.com")));

		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
		assertThat(jwt.verify(new MACVerifier(ServiceTokens.TEST_SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("import-service");
		assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("case-service");
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("creditor@example.com");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("account_id")).isEqualTo("acme");
		assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(NOW);
		assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(300));
		assertThat(jwt.verify(new MACVerifier("another-secret-that-is-32-bytes-long!!".getBytes(StandardCharsets.UTF_8))))
			.isFalse();
	}

	@Test
	void refusesLifetimesLongerThanFiveMinutesAndHidesTheSecret() {
		assertThat(new ServiceTokenProperties(ServiceTokens.TEST_SECRET, "import-service", Duration.ofMinutes(6))
			.isLifetimeShort()).isFalse();
		assertThat(new ServiceTokenProperties(ServiceTokens.TEST_SECRET, "import-service", Duration.ZERO)
			.isLifetimeShort()).isFalse();
		assertThat(new ServiceTokenProperties(ServiceTokens.TEST_SECRET, "import-service", Duration.ofMinutes(5)))
			.hasToString("ServiceTokenProperties[issuer=import-service, lifetime=PT5M]");
	}

}
