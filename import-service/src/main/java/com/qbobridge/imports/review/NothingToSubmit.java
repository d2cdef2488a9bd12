package com.qbobridge.imports.review;

import com.qbobridge.imports.errors.ProductProblem;

import org.springframework.http.HttpStatus;

/**
 * A selection was submitted with no ready draft left in it, or a second time.
 */
public class NothingToSubmit extends ProductProblem {

	public NothingToSubmit(String detail) {
		super(HttpStatus.CONFLICT, "nothing-to-submit", "Nothing to submit", detail);
	}

}
