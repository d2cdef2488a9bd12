package com.qbobridge.rules;

/**
 * Whether an issue blocks a draft, so that each rule code has one fixed consequence.
 */
public enum Severity {

	/** The draft is rejected until the field is fixed. */
	VIOLATION,

	/** The draft stays valid; the creditor is told. */
	WARNING

}
