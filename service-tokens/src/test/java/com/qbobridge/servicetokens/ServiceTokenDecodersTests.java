package com.qbobridge.servicetokens;

import java.time.Duration;

import com.qbobridge.testsupport.ServiceTokens;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServiceTokenDecodersTests {

	private final JwtDecoder decoder = ServiceTokenDecoders.forAudience(ServiceTokens.TEST_SECRET,
			ServiceTokenDecoders.ISSUER, "case-service");

	@Test
	void acceptsATokenMeantForThisServiceAndReadsTheAccount() {
		String token = ServiceTokens.mint("case-service", "acme");

		assertThat(this.decoder.decode(token).getClaimAsString(ServiceTokenDecoders.ACCOUNT_CLAIM)).isEqualTo("acme");
	}

	@Test
	void refusesATokenForAnotherService() {
		assertThatExceptionOfType(JwtException.class)
			.isThrownBy(() -> this.decoder.decode(ServiceTokens.mint("connector-service", "acme")))
			.withMessageContaining("not meant for case-service");
	}

	@Test
	void refusesATokenSignedWithAnotherSecret() {
		String token = ServiceTokens.mint("another-secret-of-at-least-32-bytes!!", "case-service", "acme", "u",
				Duration.ofMinutes(5));

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token));
	}

	@Test
	void refusesAnExpiredToken() {
		String token = ServiceTokens.mint(ServiceTokens.TEST_SECRET, "case-service", "acme", "u",
				Duration.ofMinutes(-5));

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token));
	}

	@Test
	void refusesATokenThatLivesTooLong() {
		String token = ServiceTokens.mint(ServiceTokens.TEST_SECRET, "case-service", "acme", "u", Duration.ofHours(1));

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("at most five minutes");
	}

	@Test
	void refusesATokenWithoutAnAccount() {
		String token = ServiceTokens.mint(ServiceTokens.TEST_SECRET, "case-service", " ", "u", Duration.ofMinutes(5));

		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("account_id");
	}

}
