package com.qbobridge.bench;

/**
 * One row of the report: what was measured, its goal, the measurement and how it compares.
 *
 * @param figure the figure, e.g. {@code 1. 100,000 unpaid invoices -> READY}
 * @param goal the goal as the issue states it
 * @param measured what this run measured
 * @param ratio how far from the goal: 1.00 or more meets it; empty for reference rows
 * @param met whether the goal is met ({@code yes}, {@code no}, or {@code -} for reference rows)
 */
record Figure(String figure, String goal, String measured, String ratio, String met) {

	/** A row with a goal where more is better. */
	static Figure atLeast(String figure, String goal, double goalValue, double measuredValue, String measured) {
		double ratio = measuredValue / goalValue;
		return new Figure(figure, goal, measured, format(ratio), (ratio >= 1) ? "yes" : "no");
	}

	/** A row with a goal where less is better. */
	static Figure atMost(String figure, String goal, double goalValue, double measuredValue, String measured) {
		double ratio = (measuredValue > 0) ? goalValue / measuredValue : Double.POSITIVE_INFINITY;
		return new Figure(figure, goal, measured, format(ratio), (ratio >= 1) ? "yes" : "no");
	}

	/** A row without a goal of its own, measured for comparison. */
	static Figure reference(String figure, String measured) {
		return new Figure(figure, "(yardstick)", measured, "", "-");
	}

	/** A row whose figure could not be measured. */
	static Figure failed(String figure, String goal, String why) {
		return new Figure(figure, goal, "not measured: " + why, "", "no");
	}

	private static String format(double ratio) {
		return Double.isInfinite(ratio) ? "inf" : String.format(java.util.Locale.ROOT, "%.2f", ratio);
	}

}
