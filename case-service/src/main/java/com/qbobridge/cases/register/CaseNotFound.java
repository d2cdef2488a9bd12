package com.qbobridge.cases.register;

/**
 * The caller's account has no case with the requested id (whether it does not exist or belongs to another account).
 */
public class CaseNotFound extends RuntimeException {

	private final CaseId id;

	public CaseNotFound(CaseId id) {
		super("No case " + id);
		this.id = id;
	}

	public CaseId id() {
		return this.id;
	}

}
