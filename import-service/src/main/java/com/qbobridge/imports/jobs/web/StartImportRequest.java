package com.qbobridge.imports.jobs.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.qbobridge.imports.jobs.StartImport;
import com.qbobridge.imports.web.InvalidRequest;
import com.qbobridge.schemas.imports.DateField;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/imports}.
 *
 * @param connectionId the connection to import from
 * @param dateField {@code INVOICE_DATE} or {@code DUE_DATE}
 * @param from first day included (ISO date), optional
 * @param to last day included (ISO date), optional, not before {@code from}
 */
public record StartImportRequest(@NotNull @Nullable UUID connectionId, @NotNull @Nullable DateField dateField,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	private static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	/**
	 * The checks that involve more than one field or a range, each against the field to correct.
	 * @return the problems, empty when the request is valid
	 */
	List<InvalidRequest.FieldProblem> rangeProblems() {
		List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
		if (!inRange(this.from)) {
			problems.add(new InvalidRequest.FieldProblem("from", "must be a day between " + EARLIEST + " and " + LATEST));
		}
		if (!inRange(this.to)) {
			problems.add(new InvalidRequest.FieldProblem("to", "must be a day between " + EARLIEST + " and " + LATEST));
		}
		if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
			problems.add(new InvalidRequest.FieldProblem("to", "must not be before 'from' (" + this.from + ")"));
		}
		return problems;
	}

	private static boolean inRange(@Nullable LocalDate date) {
		return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
	}

	StartImport toCommand() {
		return new StartImport(this.connectionId, this.dateField, this.from, this.to);
	}

}
