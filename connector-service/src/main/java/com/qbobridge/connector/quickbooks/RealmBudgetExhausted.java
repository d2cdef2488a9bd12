package com.qbobridge.connector.quickbooks;

/**
 * A call waited longer than allowed for its company's shared request budget (other imports of the same company,
 * possibly on other connector instances, use it up).
 */
public class RealmBudgetExhausted extends RuntimeException {

	public RealmBudgetExhausted(String realmId, String what) {
		super("No " + what + " for realm " + realmId + " became free in time");
	}

}
