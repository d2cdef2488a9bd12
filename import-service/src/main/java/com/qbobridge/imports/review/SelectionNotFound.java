package com.qbobridge.imports.review;

import java.util.UUID;

import com.qbobridge.imports.errors.ProductProblem;

import org.springframework.http.HttpStatus;

/**
 * The account has no such selection for the import (it expired, or belongs to another account).
 */
public class SelectionNotFound extends ProductProblem {

	public SelectionNotFound(UUID selectionId) {
		super(HttpStatus.NOT_FOUND, "selection-not-found", "Selection not found", "No selection " + selectionId + " for this import; select the drafts again.");
	}

}
