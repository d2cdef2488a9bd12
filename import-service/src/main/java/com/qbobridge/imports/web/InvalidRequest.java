package com.qbobridge.imports.web;

import java.util.List;

/**
 * A request whose fields break rules that bean validation cannot express on one field, e.g. a range whose start is
 * after its end; answered like any validation error, field by field.
 */
public class InvalidRequest extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<FieldProblem> problems;

	public InvalidRequest(List<FieldProblem> problems) {
		super("The request has invalid fields");
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * One field and what is wrong with it.
	 *
	 * @param field the field's name or path
	 * @param message what is wrong, in words
	 */
	public record FieldProblem(String field, String message) {

	}

}
