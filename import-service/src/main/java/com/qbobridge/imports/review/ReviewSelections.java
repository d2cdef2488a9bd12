package com.qbobridge.imports.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.qbobridge.imports.drafts.DraftState;
import com.qbobridge.imports.labels.Labels;
import com.qbobridge.imports.report.InvoiceFate;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/**
 * Stored selections and the queries over them; every total is computed by the database, so a selection of any size
 * costs the page a few rows.
 */
@Repository
class ReviewSelections {

	private static final TypeReference<List<FieldIssue>> ISSUES = new TypeReference<>() {
	};

	// The chosen drafts that still wait for review.
	private static final String CHOSEN = """
			with chosen as (
			  select d.* from review_selection_drafts s
			  join drafts d on d.import_id = :importId and d.draft_id = s.draft_id
			  where s.selection_id = :selectionId)
			""";

	private final JdbcClient jdbc;

	ReviewSelections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReviewSelection create(UUID importId, String accountId, String createdBy, SelectionChoice choice, Instant at) {
		UUID selectionId = UUID.randomUUID();
		this.jdbc.sql("""
				insert into review_selections (selection_id, import_id, account_id, created_by, created_at)
				values (?, ?, ?, ?, ?)
				""").params(selectionId, importId, accountId, createdBy, Timestamp.from(at)).update();
		StringBuilder sql = new StringBuilder("""
				insert into review_selection_drafts (selection_id, sequence, draft_id)
				select :selectionId, sequence, draft_id from drafts where import_id = :importId
				""");
		if (choice.allReady()) {
			sql.append(" and status = 'READY'");
			if (!choice.except().isEmpty()) {
				sql.append(" and not exists (select 1 from unnest(:except) as e(draft_id) where e.draft_id = drafts.draft_id)");
			}
		}
		else {
			sql.append(" and draft_id in (select unnest(:ids))");
		}
		JdbcClient.StatementSpec insert = this.jdbc.sql(sql.toString())
			.param("selectionId", selectionId)
			.param("importId", importId);
		if (choice.allReady() && !choice.except().isEmpty()) {
			insert = insert.param("except", new SqlArrayValue("uuid", choice.except().toArray()));
		}
		if (!choice.allReady()) {
			insert = insert.param("ids", new SqlArrayValue("uuid", choice.draftIds().toArray()));
		}
		int size = insert.update();
		return new ReviewSelection(selectionId, importId, accountId, createdBy, at, null, size);
	}

	Optional<ReviewSelection> find(String accountId, UUID importId, UUID selectionId) {
		return this.jdbc.sql("""
				select r.*, (select count(*) from review_selection_drafts s where s.selection_id = r.selection_id) as size
				from review_selections r where r.selection_id = ? and r.import_id = ? and r.account_id = ?
				""").params(selectionId, importId, accountId).query((rs, row) -> new ReviewSelection(
				rs.getObject("selection_id", UUID.class), rs.getObject("import_id", UUID.class),
				rs.getString("account_id"), rs.getString("created_by"), instant(rs, "created_at"),
				(rs.getTimestamp("submitted_at") != null) ? instant(rs, "submitted_at") : null, rs.getLong("size")))
			.optional();
	}

	SelectionSummary summary(ReviewSelection selection) {
		// One pass over the chosen drafts for the counts, the totals and the due dates (each draft's JSON read once),
		// one for the issue groups: the summary of 10,000 drafts costs two queries, not one per figure.
		long[] states = new long[DraftState.values().length];
		List<SelectionSummary.CurrencyTotal> amounts = new ArrayList<>();
		LocalDate[] range = new LocalDate[2];
		this.jdbc.sql(CHOSEN + """
				, parsed as (select status, cast(draft as jsonb) as j from chosen)
				select status, coalesce(j ->> 'currency', '?') as currency, count(*) as n,
				  coalesce(sum(cast(j ->> 'amountToRecover' as numeric)), 0) as total,
				  min(cast(j ->> 'dueDate' as date)) as earliest, max(cast(j ->> 'dueDate' as date)) as latest
				from parsed group by 1, 2 order by 1, 2
				""")
			.param("importId", selection.importId())
			.param("selectionId", selection.selectionId())
			.query((rs) -> {
				DraftState state = DraftState.valueOf(rs.getString("status"));
				states[state.ordinal()] += rs.getLong("n");
				if (state == DraftState.READY) {
					amounts.add(new SelectionSummary.CurrencyTotal(rs.getString("currency"), rs.getBigDecimal("total"),
							rs.getLong("n")));
					LocalDate earliest = rs.getObject("earliest", LocalDate.class);
					LocalDate latest = rs.getObject("latest", LocalDate.class);
					if (earliest != null && (range[0] == null || earliest.isBefore(range[0]))) {
						range[0] = earliest;
					}
					if (latest != null && (range[1] == null || latest.isAfter(range[1]))) {
						range[1] = latest;
					}
				}
			});
		long present = 0;
		for (long n : states) {
			present += n;
		}
		List<SelectionSummary.IssueGroup> warnings = new ArrayList<>();
		List<SelectionSummary.IssueGroup> violations = new ArrayList<>();
		this.jdbc.sql(CHOSEN + """
				select 'warnings' as kind, i ->> 'code' as code, count(distinct draft_id) as n from chosen
				  cross join lateral jsonb_array_elements(cast(warnings as jsonb)) i where status = 'READY' group by 2
				union all
				select 'violations', i ->> 'code', count(distinct draft_id) from chosen
				  cross join lateral jsonb_array_elements(cast(violations as jsonb)) i
				  where status = 'NEEDS_ATTENTION' group by 2
				order by 1, 3 desc, 2
				""")
			.param("importId", selection.importId())
			.param("selectionId", selection.selectionId())
			.query((rs) -> {
				SelectionSummary.IssueGroup group = new SelectionSummary.IssueGroup(rs.getString("code"),
						rs.getLong("n"));
				("warnings".equals(rs.getString("kind")) ? warnings : violations).add(group);
			});
		return new SelectionSummary(selection.size(), states[DraftState.READY.ordinal()],
				states[DraftState.NEEDS_ATTENTION.ordinal()], states[DraftState.APPROVED.ordinal()],
				selection.size() - present, amounts, range[0], range[1], warnings, violations);
	}

	/**
	 * A page of the selection's drafts, in invoice order, optionally only those in one state or with one rule code.
	 */
	List<ReviewRow> rows(ReviewSelection selection, @Nullable DraftState state, @Nullable String code, int page,
			int size) {
		return this.jdbc.sql("""
				select s.sequence, s.draft_id, d.status, d.draft, d.violations, d.warnings,
				  r.invoice_id, r.invoice_number, r.fate, r.detail, r.case_id
				from review_selection_drafts s
				left join drafts d on d.import_id = :importId and d.draft_id = s.draft_id
				left join import_report r on r.account_id = :accountId and r.draft_id = s.draft_id
				  and r.import_id = :importId
				where s.selection_id = :selectionId
				""" + filter() + " order by s.sequence, s.draft_id limit :limit offset :offset")
			.param("importId", selection.importId())
			.param("accountId", selection.accountId())
			.param("selectionId", selection.selectionId())
			.param("status", (state != null) ? state.name() : null, Types.VARCHAR)
			.param("code", code, Types.VARCHAR)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(ReviewSelections::row)
			.list();
	}

	long count(ReviewSelection selection, @Nullable DraftState state, @Nullable String code) {
		return this.jdbc.sql("""
				select count(*) from review_selection_drafts s
				left join drafts d on d.import_id = :importId and d.draft_id = s.draft_id
				where s.selection_id = :selectionId
				""" + filter())
			.param("importId", selection.importId())
			.param("selectionId", selection.selectionId())
			.param("status", (state != null) ? state.name() : null, Types.VARCHAR)
			.param("code", code, Types.VARCHAR)
			.query(Long.class)
			.single();
	}

	private static String filter() {
		return """
				 and (cast(:status as text) is null or d.status = :status)
				 and (cast(:code as text) is null or exists (select 1 from jsonb_array_elements(
				   cast(d.violations as jsonb) || cast(d.warnings as jsonb)) i where i ->> 'code' = :code))
				""";
	}

	List<UUID> readyDraftIds(ReviewSelection selection) {
		return this.jdbc.sql(CHOSEN + "select draft_id from chosen where status = 'READY' order by sequence, draft_id")
			.param("importId", selection.importId())
			.param("selectionId", selection.selectionId())
			.query(UUID.class)
			.list();
	}

	boolean markSubmitted(UUID selectionId, Instant at) {
		return this.jdbc.sql("update review_selections set submitted_at = ? where selection_id = ? and submitted_at is null")
			.params(Timestamp.from(at), selectionId)
			.update() == 1;
	}

	List<SelectionOutcome> outcomes(ReviewSelection selection) {
		List<SelectionOutcome> outcomes = new ArrayList<>();
		this.jdbc.sql("""
				select r.fate, count(*) as n from review_selection_drafts s
				join import_report r on r.account_id = :accountId and r.draft_id = s.draft_id and r.import_id = :importId
				where s.selection_id = :selectionId group by r.fate order by r.fate
				""")
			.param("importId", selection.importId())
			.param("accountId", selection.accountId())
			.param("selectionId", selection.selectionId())
			.query((rs) -> {
				InvoiceFate fate = InvoiceFate.valueOf(rs.getString("fate"));
				outcomes.add(new SelectionOutcome(fate, fate.label(), rs.getLong("n")));
			});
		return outcomes;
	}

	int forgetCreatedBefore(Instant cutoff) {
		return this.jdbc.sql("delete from review_selections where created_at < ?").param(Timestamp.from(cutoff)).update();
	}

	private static ReviewRow row(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("status");
		String fate = rs.getString("fate");
		InvoiceFate invoiceFate = (fate != null) ? InvoiceFate.valueOf(fate) : null;
		DraftState state = (status != null) ? DraftState.valueOf(status) : null;
		String label = (state != null && state != DraftState.APPROVED) ? state.label()
				: (invoiceFate != null) ? invoiceFate.label() : "No longer waiting for review";
		UUID caseId = rs.getObject("case_id", UUID.class);
		String detail = Labels.detail(rs.getString("detail"));
		if (status == null) {
			return new ReviewRow(rs.getObject("draft_id", UUID.class), rs.getLong("sequence"),
					rs.getString("invoice_id"), rs.getString("invoice_number"), null, null, null, null, null, label,
					List.of(), invoiceFate, caseId, detail);
		}
		CaseDraft draft = EventJson.mapper().readValue(rs.getString("draft"), CaseDraft.class);
		List<ReviewRow.Issue> issues = new ArrayList<>();
		for (FieldIssue issue : EventJson.mapper().readValue(rs.getString("violations"), ISSUES)) {
			issues.add(new ReviewRow.Issue(issue.code(), issue.field(), Labels.issue(issue), true));
		}
		for (FieldIssue issue : EventJson.mapper().readValue(rs.getString("warnings"), ISSUES)) {
			issues.add(new ReviewRow.Issue(issue.code(), issue.field(), Labels.issue(issue), false));
		}
		BigDecimal amount = draft.amountToRecover();
		return new ReviewRow(draft.draftId(), rs.getLong("sequence"), draft.source().invoiceId(),
				draft.creditorReference(), draft.debtor().name(), amount, draft.currency(), draft.dueDate(), state,
				label, issues, invoiceFate, caseId, detail);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
