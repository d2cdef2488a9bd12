package com.qbobridge.imports.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address and locks either out with an exponential back-off
 * (GH-15). Unknown user names are counted exactly like known ones, so the throttle tells nobody which exist. Kept in
 * memory: each replica throttles on its own, which bounds guessing to the replicas' sum.
 */
@Component
class SignInThrottle {

	/** More keys than this and the settled ones are forgotten, so that a flood cannot exhaust memory. */
	private static final int MAX_KEYS = 100_000;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final SignInThrottleProperties properties;

	private final Clock clock;

	@Autowired
	SignInThrottle(SignInThrottleProperties properties) {
		this(properties, Clock.systemUTC());
	}

	SignInThrottle(SignInThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How long a sign-in attempt must still wait.
	 * @param username the user name tried
	 * @param address the client address, if known
	 * @return zero when it may try now
	 */
	Duration waitFor(String username, @Nullable String address) {
		Instant now = this.clock.instant();
		Duration user = remaining(userKey(username), now);
		Duration client = (address != null) ? remaining(addressKey(address), now) : Duration.ZERO;
		return (user.compareTo(client) >= 0) ? user : client;
	}

	void failed(String username, @Nullable String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() > MAX_KEYS) {
			this.failures.values().removeIf((entry) -> !entry.lockedUntil().isAfter(now));
		}
		record(userKey(username), this.properties.failuresPerUser(), now);
		if (address != null) {
			record(addressKey(address), this.properties.failuresPerAddress(), now);
		}
	}

	void succeeded(String username) {
		this.failures.remove(userKey(username));
	}

	private void record(String key, int free, Instant now) {
		this.failures.compute(key, (k, previous) -> {
			int count = ((previous != null) ? previous.count() : 0) + 1;
			if (count < free) {
				return new Failures(count, Instant.MIN);
			}
			return new Failures(count, now.plus(lockout(count - free)));
		});
	}

	private Duration lockout(int beyond) {
		Duration longest = this.properties.longestLockout();
		if (beyond >= 30) {
			return longest;
		}
		Duration lockout = this.properties.firstLockout().multipliedBy(1L << beyond);
		return (lockout.compareTo(longest) > 0) ? longest : lockout;
	}

	private Duration remaining(String key, Instant now) {
		Failures entry = this.failures.get(key);
		if (entry == null || !entry.lockedUntil().isAfter(now)) {
			return Duration.ZERO;
		}
		return Duration.between(now, entry.lockedUntil());
	}

	private static String userKey(String username) {
		return "user:" + AccountUsers.normalize(username);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private record Failures(int count, Instant lockedUntil) {
	}

}
