package com.qbobridge.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with real time but can be moved forward, so tests see tokens expire and limit windows pass
 * without waiting.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public void advance(Duration duration) {
		this.offset.accumulateAndGet(duration, Duration::plus);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset.get());
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

}
