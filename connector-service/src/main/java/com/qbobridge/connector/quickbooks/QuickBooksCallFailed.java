package com.qbobridge.connector.quickbooks;

import org.jspecify.annotations.Nullable;

/**
 * A call to the Accounting API failed: QuickBooks answered with an error status (and an {@link IntuitFault}), or
 * could not be reached at all ({@code status} 0).
 */
public class QuickBooksCallFailed extends RuntimeException {

	/** Intuit's error code for "ThrottleExceeded". */
	public static final String THROTTLE_EXCEEDED = "003001";

	/** Intuit's error code for "Accessing Wrong Cluster". */
	public static final String WRONG_CLUSTER = "130";

	private final String realmId;

	private final int status;

	private final IntuitFault fault;

	private final @Nullable String intuitTid;

	/**
	 * Creates the exception.
	 * @param realmId the company called
	 * @param status the HTTP status, 0 when there was no answer
	 * @param fault the error body read
	 * @param intuitTid Intuit's transaction id of the failed call, for Intuit support
	 * @param cause the I/O error, when there was no answer
	 */
	public QuickBooksCallFailed(String realmId, int status, IntuitFault fault, @Nullable String intuitTid,
			@Nullable Throwable cause) {
		super("QuickBooks call for realm " + realmId + " failed: "
				+ ((status == 0) ? "no answer" : "HTTP " + status + " " + fault.summary())
				+ ((intuitTid != null) ? " [intuit_tid=" + intuitTid + "]" : ""), cause);
		this.realmId = realmId;
		this.status = status;
		this.fault = fault;
		this.intuitTid = intuitTid;
	}

	public String realmId() {
		return this.realmId;
	}

	/**
	 * The HTTP status.
	 * @return the status, 0 when QuickBooks could not be reached
	 */
	public int status() {
		return this.status;
	}

	public IntuitFault fault() {
		return this.fault;
	}

	public @Nullable String intuitTid() {
		return this.intuitTid;
	}

	/**
	 * Whether QuickBooks throttled the call (429, or Intuit's ThrottleExceeded code in any status).
	 * @return {@code true} when throttled
	 */
	public boolean throttled() {
		String code = this.fault.firstCode();
		return this.status == 429 || THROTTLE_EXCEEDED.equals(code) || "3001".equals(code)
				|| this.fault.errors().stream().anyMatch((error) -> mentions(error, "throttleexceeded"));
	}

	/**
	 * Whether the access token was rejected and a refresh may help.
	 * @return {@code true} on 401, except Intuit's "Accessing Wrong Cluster"
	 */
	public boolean unauthorized() {
		return this.status == 401 && !wrongCluster();
	}

	/**
	 * Whether Intuit answered 401 "Accessing Wrong Cluster" (code 130): the request reached a data centre that does
	 * not hold the company. The tokens are fine, so neither a refresh nor a reconnect helps.
	 * @return {@code true} for that answer
	 */
	public boolean wrongCluster() {
		if (this.status != 401) {
			return false;
		}
		for (IntuitError error : this.fault.errors()) {
			if (WRONG_CLUSTER.equals(error.code()) || mentions(error, "wrong cluster")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the connected user lacks permission.
	 * @return {@code true} on 403, except Intuit's throttle answered as 403
	 */
	public boolean forbidden() {
		return this.status == 403 && !throttled();
	}

	private static boolean mentions(IntuitError error, String text) {
		String all = (error.message() + " " + error.detail()).toLowerCase(java.util.Locale.ROOT);
		return all.contains(text);
	}

	/**
	 * Whether QuickBooks is down or failing: no answer, or a 5xx.
	 * @return {@code true} for outages
	 */
	public boolean outage() {
		return this.status == 0 || this.status >= 500;
	}

}
