package com.qbobridge.imports.labels;

import com.qbobridge.schemas.mapping.FieldIssue;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The label table for templates, as {@code ${@labels.issue(v)}}: Thymeleaf templates may call beans but not static
 * methods.
 */
@Component("labels")
public class PageLabels {

	/**
	 * See {@link Labels#field}.
	 * @param field a field path
	 * @return its name
	 */
	public String field(@Nullable String field) {
		return Labels.field(field);
	}

	/**
	 * See {@link Labels#reason}.
	 * @param code a rule code
	 * @return its words
	 */
	public String reason(@Nullable String code) {
		return Labels.reason(code);
	}

	/**
	 * See {@link Labels#fix}.
	 * @param kind a bulk fix
	 * @return its words
	 */
	public String fix(@Nullable Object kind) {
		return Labels.fix((kind != null) ? kind.toString() : null);
	}

	/**
	 * See {@link Labels#caseStatus}.
	 * @param status a case status
	 * @return its words
	 */
	public String caseStatus(@Nullable String status) {
		return Labels.caseStatus(status);
	}

	/**
	 * See {@link Labels#issue}.
	 * @param issue the issue
	 * @return the issue in words
	 */
	public String issue(FieldIssue issue) {
		return Labels.issue(issue);
	}

	/**
	 * See {@link Labels#detail}.
	 * @param detail a stored detail
	 * @return the detail in words
	 */
	public @Nullable String detail(@Nullable String detail) {
		return Labels.detail(detail);
	}

}
