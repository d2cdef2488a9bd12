package com.qbobridge.bench;

import java.time.Duration;

/**
 * How big one run is: the sizes ({@code full}) or a run of a few minutes for development ({@code small}).
 *
 * @param name {@code small} or {@code full}
 * @param unpaid unpaid invoices wanted for the fetch figures (the generated company is sized to hold about as many)
 * @param approvals drafts approved for the cases figure
 * @param bigInvoices invoices of the large company (all of them, paid or not)
 * @param sandboxHeap the sandbox's {@code -Xmx}: it keeps every company in memory
 * @param patience how long one figure may take before the run gives up on it
 */
record BenchSize(String name, int unpaid, int approvals, int bigInvoices, String sandboxHeap, Duration patience) {

	/** The generator leaves about 43.8 % of its invoices unpaid (43,779 of 100,000 for the README's company). */
	static final double UNPAID_SHARE = 0.4378;

	static final BenchSize SMALL = new BenchSize("small", 10_000, 10_000, 50_000, "1g", Duration.ofMinutes(15));

	static final BenchSize FULL = new BenchSize("full", 100_000, 100_000, 1_000_000, "6g", Duration.ofMinutes(60));

	static BenchSize of(String name) {
		return switch (name) {
			case "small" -> SMALL;
			case "full" -> FULL;
			default -> throw new IllegalArgumentException("--size is small or full, not " + name);
		};
	}

	/**
	 * How many invoices to generate for about {@link #unpaid} unpaid ones.
	 */
	int fetchInvoices() {
		return (int) Math.ceil(this.unpaid / UNPAID_SHARE);
	}

}
