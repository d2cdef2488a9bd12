package com.qbobridge.imports.cases.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The columns the case list can be sorted by, as case-service names them; bound from request parameters by name, so
 * no sort text is parsed by hand.
 */
enum CaseSort {

	/** When the case was created. */
	CREATED,

	/** The due date. */
	DUE_DATE,

	/** The amount to recover. */
	AMOUNT,

	/** The debtor's name. */
	DEBTOR,

	/** The invoice number. */
	REFERENCE,

	/** The status. */
	STATUS;

	String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * case-service's query parameters for a search.
	 */
	static MultiValueMap<String, String> search(@Nullable UUID importId, @Nullable String currency, @Nullable String q,
			@Nullable CaseSort sort, @Nullable String direction) {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		if (importId != null) {
			query.add("importId", importId.toString());
		}
		if (currency != null && !currency.isBlank()) {
			query.add("currency", currency.toUpperCase(Locale.ROOT));
		}
		if (q != null && !q.isBlank()) {
			query.add("q", q.trim());
		}
		if (sort != null) {
			query.add("sort", sort.parameter());
		}
		if (direction != null && !direction.isBlank()) {
			query.add("direction", direction);
		}
		return query;
	}

}
