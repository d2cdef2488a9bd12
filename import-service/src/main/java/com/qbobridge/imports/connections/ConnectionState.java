package com.qbobridge.imports.connections;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A connection's state as the creditor reads it, with what to do about it.
 */
public enum ConnectionState {

	/** Imports can run. */
	ACTIVE("Active", "Nothing to do.", true),

	/** The connection must be authorized again. */
	NEEDS_RECONNECT("Reconnect required", "Reconnect the company: QuickBooks no longer accepts its authorization.", false),

	/** The connecting QuickBooks user lacks the accounting permission. */
	PERMISSION_MISSING("Permission missing",
			"Ask the QuickBooks company admin to grant your user the accounting permission, then reconnect.", false),

	/** The creditor disconnected the company. */
	DISCONNECTED("Disconnected", "Connect the company again to import from it.", false),

	/** connector-service reported a state this service does not know yet. */
	UNKNOWN("Unknown", "Try again later.", false);

	private final String label;

	private final String action;

	private final boolean canImport;

	ConnectionState(String label, String action, boolean canImport) {
		this.label = label;
		this.action = action;
		this.canImport = canImport;
	}

	/**
	 * Reads connector-service's status; {@code REFRESHING} counts as active, since tokens are only being renewed.
	 * @param status the status text, may be null
	 * @return the state
	 */
	public static ConnectionState of(@Nullable String status) {
		if (status == null) {
			return UNKNOWN;
		}
		return switch (status.trim().toUpperCase(Locale.ROOT)) {
			case "ACTIVE", "REFRESHING" -> ACTIVE;
			case "NEEDS_RECONNECT", "RECONNECT_REQUIRED" -> NEEDS_RECONNECT;
			case "PERMISSION_MISSING" -> PERMISSION_MISSING;
			case "DISCONNECTED" -> DISCONNECTED;
			default -> UNKNOWN;
		};
	}

	public String label() {
		return this.label;
	}

	public String action() {
		return this.action;
	}

	public boolean canImport() {
		return this.canImport;
	}

}
