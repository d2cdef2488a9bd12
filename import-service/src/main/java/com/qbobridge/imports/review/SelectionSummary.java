package com.qbobridge.imports.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.qbobridge.imports.labels.Labels;
import org.jspecify.annotations.Nullable;

/**
 * What a selection would send to collection, in totals: read before any draft is, so that 10,000 drafts are summed by
 * the database rather than shown.
 *
 * @param selected drafts chosen
 * @param ready drafts that become cases on submit
 * @param needsAttention drafts to fix first; not sent
 * @param approved drafts already approved, waiting for their case
 * @param gone chosen drafts no longer waiting for review (became cases, discarded or expired)
 * @param amounts the ready drafts' amounts per currency
 * @param earliestDue the earliest due date of the ready drafts
 * @param latestDue the latest due date of the ready drafts
 * @param warnings the ready drafts' warnings by kind
 * @param violations what the drafts needing attention lack, by kind
 */
public record SelectionSummary(long selected, long ready, long needsAttention, long approved, long gone,
		List<CurrencyTotal> amounts, @Nullable LocalDate earliestDue, @Nullable LocalDate latestDue,
		List<IssueGroup> warnings, List<IssueGroup> violations) {

	/**
	 * The amount of the ready drafts in one currency.
	 *
	 * @param currency ISO 4217 code, or "?" where a draft has none
	 * @param total the sum of their amounts to recover
	 * @param cases how many drafts
	 */
	public record CurrencyTotal(String currency, BigDecimal total, long cases) {

	}

	/**
	 * Drafts sharing one rule code.
	 *
	 * @param code the rule code
	 * @param label the code in words
	 * @param drafts how many drafts have it
	 */
	public record IssueGroup(String code, String label, long drafts) {

		public IssueGroup(String code, long drafts) {
			this(code, Labels.reason(code), drafts);
		}

	}

}
