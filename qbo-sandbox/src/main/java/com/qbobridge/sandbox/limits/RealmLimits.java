package com.qbobridge.sandbox.limits;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Enforces Intuit's per-realm limits (a sliding window of requests and a cap on requests in flight) and keeps the
 * statistics tests read.
 */
@Component
public class RealmLimits {

	private final Map<String, RealmUsage> usage = new ConcurrentHashMap<>();

	private final LimitsProperties properties;

	private final Clock clock;

	public RealmLimits(LimitsProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** Admits a call, or returns {@code false} when it would exceed a limit; an admitted call must be released. */
	public boolean tryAdmit(String realmId) {
		return usage(realmId).tryAdmit(this.clock.millis(), this.properties.window().toMillis(),
				this.properties.requestsPerMinute(), this.properties.concurrentRequests());
	}

	public void release(String realmId) {
		usage(realmId).release();
	}

	public void faultInjected(String realmId) {
		usage(realmId).faultInjected();
	}

	public void tokenRefreshed(String realmId) {
		usage(realmId).tokenRefreshed();
	}

	public UsageStats stats(String realmId) {
		return usage(realmId).snapshot();
	}

	public void resetStats(String realmId) {
		usage(realmId).resetStats();
	}

	private RealmUsage usage(String realmId) {
		return this.usage.computeIfAbsent(realmId, (id) -> new RealmUsage());
	}

}
