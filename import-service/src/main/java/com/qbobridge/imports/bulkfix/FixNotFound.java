package com.qbobridge.imports.bulkfix;

import java.util.UUID;

import com.qbobridge.imports.errors.ProductProblem;

import org.springframework.http.HttpStatus;

/**
 * The import has no such bulk fix, or it was undone already.
 */
public class FixNotFound extends ProductProblem {

	public FixNotFound(UUID fixId) {
		super(HttpStatus.NOT_FOUND, "fix-not-found", "Fix not found", "No fix " + fixId + " to undo for this import.");
	}

}
