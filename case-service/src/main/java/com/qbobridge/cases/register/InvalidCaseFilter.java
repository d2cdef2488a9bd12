package com.qbobridge.cases.register;

import java.util.Map;

/**
 * A case listing was asked for with parameters that cannot be read; each bad parameter is named with what it must be.
 */
public class InvalidCaseFilter extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidCaseFilter(Map<String, String> errors) {
		super("Invalid case filter: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	/**
	 * The bad parameters.
	 * @return parameter name to what it must be
	 */
	public Map<String, String> errors() {
		return this.errors;
	}

}
