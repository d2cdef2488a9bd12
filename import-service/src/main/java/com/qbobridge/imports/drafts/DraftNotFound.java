package com.qbobridge.imports.drafts;

import java.util.UUID;

import com.qbobridge.imports.errors.ProductProblem;

import org.springframework.http.HttpStatus;

/**
 * The import has no draft with this id: it never had one, or the draft became a case, was discarded or expired.
 */
public class DraftNotFound extends ProductProblem {

	public DraftNotFound(UUID draftId) {
		super(HttpStatus.NOT_FOUND, "draft-not-found", "Not found", "There is no draft " + draftId + " in this import");
	}

}
