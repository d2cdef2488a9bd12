package com.qbobridge.sandbox.limits;

import java.util.ArrayDeque;

/**
 * One realm's sliding request window, in-flight count and statistics; all guarded by its own lock.
 */
final class RealmUsage {

	private final ArrayDeque<Long> admittedAt = new ArrayDeque<>();

	private int inFlight;

	private long requests;

	private long throttled;

	private long faultsInjected;

	private long maxConcurrent;

	private long maxInWindow;

	private long tokenRefreshes;

	synchronized boolean tryAdmit(long nowMillis, long windowMillis, int perWindow, int concurrent) {
		while (!this.admittedAt.isEmpty() && this.admittedAt.peekFirst() <= nowMillis - windowMillis) {
			this.admittedAt.pollFirst();
		}
		if (this.inFlight >= concurrent || this.admittedAt.size() >= perWindow) {
			this.throttled++;
			return false;
		}
		this.admittedAt.addLast(nowMillis);
		this.inFlight++;
		this.requests++;
		this.maxConcurrent = Math.max(this.maxConcurrent, this.inFlight);
		this.maxInWindow = Math.max(this.maxInWindow, this.admittedAt.size());
		return true;
	}

	synchronized void release() {
		this.inFlight = Math.max(0, this.inFlight - 1);
	}

	synchronized void faultInjected() {
		this.faultsInjected++;
	}

	synchronized void tokenRefreshed() {
		this.tokenRefreshes++;
	}

	synchronized UsageStats snapshot() {
		return new UsageStats(this.requests, this.throttled, this.faultsInjected, this.maxConcurrent, this.maxInWindow,
				this.tokenRefreshes);
	}

	/** Forgets the statistics; the window and in-flight calls stay, as they are still real. */
	synchronized void resetStats() {
		this.requests = 0;
		this.throttled = 0;
		this.faultsInjected = 0;
		this.maxConcurrent = this.inFlight;
		this.maxInWindow = 0;
		this.tokenRefreshes = 0;
	}

}
