package com.qbobridge.imports.drafts;

import java.util.UUID;

/**
 * The import has no draft with this id: it never had one, or the draft became a case, was discarded or expired.
 */
public class DraftNotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DraftNotFound(UUID draftId) {
		super("There is no draft " + draftId + " in this import");
	}

}
