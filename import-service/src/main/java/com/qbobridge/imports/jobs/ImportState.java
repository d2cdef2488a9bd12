package com.qbobridge.imports.jobs;

import java.util.Set;

/**
 * Where an import job stands, from the request to drafts ready for review.
 */
public enum ImportState {

	/** Asked for; connector-service has not reported progress yet. */
	REQUESTED("Requested"),

	/** connector-service is reading invoices from QuickBooks. */
	FETCHING("Fetching invoices"),

	/** Every invoice was read; drafts are still arriving from mapping. */
	MAPPING("Preparing drafts"),

	/** Every fetched invoice has its draft (or its fate) recorded. */
	READY("Ready for review"),

	/** The fetch stopped for a reason the creditor can act on. */
	FAILED("Failed"),

	/** The creditor discarded the import and its drafts. */
	DISCARDED("Discarded");

	/** States in which the import still runs; only one such import per connection and filter. */
	public static final Set<ImportState> RUNNING = Set.of(REQUESTED, FETCHING, MAPPING);

	private final String label;

	ImportState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean running() {
		return RUNNING.contains(this);
	}

}
