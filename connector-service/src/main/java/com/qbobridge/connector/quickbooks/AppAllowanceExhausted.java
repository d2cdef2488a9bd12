package com.qbobridge.connector.quickbooks;

/**
 * QuickBooks kept throttling a request although the company's shared budget kept its per-minute and concurrency
 * limits: the app's monthly call allowance (Intuit's App Partner Program tiers) is most likely used up, and Intuit
 * refuses further calls until the next month or a higher tier. Retrying for minutes would not help.
 */
public class AppAllowanceExhausted extends RuntimeException {

	private final String realmId;

	public AppAllowanceExhausted(String realmId, int attempts, QuickBooksCallFailed last) {
		super("QuickBooks throttled " + attempts + " attempts in a row for realm " + realmId
				+ " within the company's limits: " + last.getMessage(), last);
		this.realmId = realmId;
	}

	public String realmId() {
		return this.realmId;
	}

	/**
	 * Intuit's transaction id of the last refused call.
	 * @return the id, or {@code null}
	 */
	public @org.jspecify.annotations.Nullable String intuitTid() {
		return ((QuickBooksCallFailed) getCause()).intuitTid();
	}

}
