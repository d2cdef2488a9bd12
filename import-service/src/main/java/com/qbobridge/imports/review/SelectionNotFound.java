package com.qbobridge.imports.review;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The account has no such selection for the import (it expired, or belongs to another account).
 */
public class SelectionNotFound extends ErrorResponseException {

	public SelectionNotFound(UUID selectionId) {
		super(HttpStatus.NOT_FOUND, problem(selectionId), null);
	}

	private static ProblemDetail problem(UUID selectionId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No selection " + selectionId + " for this import; select the drafts again.");
		problem.setType(URI.create("https://qbobridge.com/problems/selection-not-found"));
		problem.setTitle("Selection not found");
		return problem;
	}

}
