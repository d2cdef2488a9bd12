package com.qbobridge.sandbox.accounting;

/**
 * Thrown when a realm id names no company in this sandbox.
 */
public class RealmNotFound extends RuntimeException {

	public RealmNotFound(String realmId) {
		super("Realm " + realmId + " does not exist.");
	}

}
