package com.qbobridge.schemas.mapping;

import java.util.Objects;

/**
 * One thing wrong (a violation) or worth knowing (a warning) about one field of a draft.
 *
 * @param code a stable machine-readable code, e.g. {@code ADDRESS_POSTAL_CODE_MISSING}
 * @param field the case field concerned, as a path, e.g. {@code debtor.address.postalCode}
 * @param message what a creditor should know or fix, in words
 */
public record FieldIssue(String code, String field, String message) {

	public FieldIssue {
		Objects.requireNonNull(code, "code must not be null");
		Objects.requireNonNull(field, "field must not be null");
		Objects.requireNonNull(message, "message must not be null");
	}

}
