package com.qbobridge.imports.report;

/**
 * What became of one fetched invoice, so that no invoice is ever skipped silently.
 */
public enum InvoiceFate {

	/** Its draft is valid and waits for review. */
	READY("Draft ready"),

	/** Its draft needs attention; the detail says why. */
	NEEDS_ATTENTION("Needs attention"),

	/** Approved; case-service has not answered yet. */
	APPROVED("Approved, waiting for the case"),

	/** A case was created; the case id is recorded. */
	CASE_CREATED("Case created"),

	/** case-service refused it because a case already exists for the invoice. */
	DUPLICATE("Already a case"),

	/** Skipped on import because an earlier import already turned it into a case. */
	ALREADY_A_CASE("Skipped: already a case"),

	/** The creditor discarded the import before it became a case. */
	DISCARDED("Discarded"),

	/** The failed import was retried; the retry imported it again. */
	RETRIED("Imported again by a retry"),

	/** The draft was not approved within the retention period and was deleted. */
	EXPIRED("Draft expired"),

	/** mapping-service could not read the invoice and set it aside; the detail gives its reason. */
	UNREADABLE("Could not be read");

	private final String label;

	InvoiceFate(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
