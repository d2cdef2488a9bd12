package com.qbobridge.imports.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock();

	private final SignInThrottle throttle = new SignInThrottle(
			new SignInThrottleProperties(3, 5, Duration.ofSeconds(2), Duration.ofSeconds(30)), this.clock);

	@Test // GH-15
	void locksAUserNameOutWithABackOffThatDoublesUpToTheLongest() {
		this.throttle.failed("A@x.test", "10.0.0.1");
		this.throttle.failed("a@x.test", "10.0.0.2");
		assertThat(this.throttle.waitFor("a@x.test", "10.0.0.3")).isZero();

		this.throttle.failed("a@x.test", "10.0.0.3");
		assertThat(this.throttle.waitFor(" a@X.test", "10.0.0.4")).isEqualTo(Duration.ofSeconds(2));
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.throttle.waitFor("a@x.test", "10.0.0.4")).isZero();
		this.throttle.failed("a@x.test", "10.0.0.4");
		assertThat(this.throttle.waitFor("a@x.test", null)).isEqualTo(Duration.ofSeconds(4));
		for (int i = 0; i < 10; i++) {
			this.throttle.failed("a@x.test", null);
		}
		assertThat(this.throttle.waitFor("a@x.test", null)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.throttle.waitFor("b@x.test", null)).as("other users are not locked").isZero();
	}

	@Test // GH-15
	void locksAClientAddressOutOverAllUserNamesUnknownOnesIncluded() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("nobody-" + i + "@x.test", "203.0.113.9");
		}

		assertThat(this.throttle.waitFor("fresh@x.test", "203.0.113.9")).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.throttle.waitFor("fresh@x.test", "203.0.113.10")).isZero();
	}

	@Test // GH-15
	void aSuccessClearsTheUserNamesFailures() {
		this.throttle.failed("a@x.test", null);
		this.throttle.failed("a@x.test", null);
		this.throttle.succeeded("a@x.test");
		this.throttle.failed("a@x.test", null);
		this.throttle.failed("a@x.test", null);

		assertThat(this.throttle.waitFor("a@x.test", null)).isZero();
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-12-03T06:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
