package com.qbobridge.sandbox.oauth;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.qbobridge.sandbox.MutableClock;
import com.qbobridge.sandbox.faults.FaultProperties;
import com.qbobridge.sandbox.faults.FaultSettings;
import com.qbobridge.sandbox.limits.LimitsProperties;
import com.qbobridge.sandbox.limits.RealmLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Intuit's refresh-token rotation: the same value for a while, then a new one, after which the old one fails.
 */
class GrantsTests {

	private final MutableClock clock = new MutableClock();

	private final ClientApp app = new ClientApp("app", "secret", java.util.List.of("http://localhost/cb"));

	private final Grants grants = new Grants(
			new TokenProperties(Duration.ofHours(1), Duration.ofDays(101), Duration.ofDays(1826), Duration.ofHours(24),
					Duration.ofMinutes(5)),
			new FaultSettings(new FaultProperties(false)),
			new RealmLimits(new LimitsProperties(500, 10, Duration.ofMinutes(1)), this.clock), this.clock);

	@Test
	void keepsTheRefreshTokenValueWithinTheRotationIntervalThenRotates() {
		TokenResponse issued = connect();
		this.clock.advance(Duration.ofHours(1));
		TokenResponse sameValue = this.grants.refresh(this.app, issued.refreshToken(), false);
		assertThat(sameValue.refreshToken()).isEqualTo(issued.refreshToken());
		assertThat(sameValue.accessToken()).isNotEqualTo(issued.accessToken());

		this.clock.advance(Duration.ofHours(24));
		TokenResponse rotated = this.grants.refresh(this.app, issued.refreshToken(), false);
		assertThat(rotated.refreshToken()).isNotEqualTo(issued.refreshToken());
		assertThat(rotated.refreshTokenExpiresIn()).isEqualTo(Duration.ofDays(101).toSeconds());
		assertThatExceptionOfType(InvalidGrant.class)
			.isThrownBy(() -> this.grants.refresh(this.app, issued.refreshToken(), false));
		assertThat(this.grants.refresh(this.app, rotated.refreshToken(), false).refreshToken())
			.isEqualTo(rotated.refreshToken());
	}

	@Test
	void theHardExpiryCapsTheRollingLifetime() {
		TokenResponse issued = connect();
		String refreshToken = issued.refreshToken();
		for (int i = 0; i < 18; i++) {
			this.clock.advance(Duration.ofDays(100));
			refreshToken = this.grants.refresh(this.app, refreshToken, true).refreshToken();
		}
		TokenResponse late = this.grants.refresh(this.app, refreshToken, true);
		assertThat(late.refreshTokenExpiresIn()).isEqualTo(late.refreshTokenHardExpiresIn());
		this.clock.advance(Duration.ofDays(30));
		String lastToken = late.refreshToken();
		assertThatExceptionOfType(InvalidGrant.class).isThrownBy(() -> this.grants.refresh(this.app, lastToken, true));
	}

	@Test
	void anotherClientCannotUseTheRefreshToken() {
		TokenResponse issued = connect();
		ClientApp other = new ClientApp("other", "secret", java.util.List.of("http://localhost/cb"));
		assertThatExceptionOfType(InvalidGrant.class)
			.isThrownBy(() -> this.grants.refresh(other, issued.refreshToken(), false));
	}

	private TokenResponse connect() {
		String code = this.grants.issueCode("app", "http://localhost/cb", "user", "123", AccessCheck.ACCOUNTING_SCOPE);
		return this.grants.exchangeCode(this.app, code, "http://localhost/cb", false);
	}

}
