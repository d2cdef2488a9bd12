package com.qbobridge.imports.accounts;

/**
 * What a user may do beyond working with their own account's imports, which every user may.
 */
public enum Role {

	/** Sees the pipeline's operations: consumer lag, dead letters and the actuator's metrics and details. */
	OPERATOR;

	/**
	 * The Spring Security authority of the role.
	 * @return e.g. {@code ROLE_OPERATOR}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
