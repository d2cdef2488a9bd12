package com.qbobridge.imports.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes thousands of drafts and their report lines into an import's tables in one batch, as the case-drafted
 * listener would have stored them, so that tests at a real company's size do not wait for 10,000 events.
 *
 * @param jdbc the service's database
 * @param upstream the import the drafts belong to
 */
public record SeededDrafts(JdbcTemplate jdbc, Upstream upstream) {

	/**
	 * One draft to seed.
	 *
	 * @param draft the case draft
	 * @param violations its violations (none: ready)
	 * @param warnings its warnings
	 */
	public record Seed(CaseDraft draft, List<FieldIssue> violations, List<FieldIssue> warnings) {

	}

	public void insert(List<Seed> seeds, long firstSequence) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> drafts = new ArrayList<>();
		List<Object[]> report = new ArrayList<>();
		long sequence = firstSequence;
		for (Seed seed : seeds) {
			CaseDraft draft = seed.draft();
			String status = seed.violations().isEmpty() ? "READY" : "NEEDS_ATTENTION";
			drafts.add(new Object[] { this.upstream.importId(), draft.draftId(), this.upstream.accountId(),
					draft.source().invoiceId(), sequence, status, EventJson.mapper().writeValueAsString(draft),
					EventJson.mapper().writeValueAsString(seed.violations()),
					EventJson.mapper().writeValueAsString(seed.warnings()), now, now });
			report.add(new Object[] { this.upstream.importId(), draft.source().invoiceId(), this.upstream.accountId(),
					draft.source().realmId(), sequence, draft.draftId(), draft.creditorReference(), status, now });
			sequence++;
		}
		this.jdbc.batchUpdate("""
				insert into drafts (import_id, draft_id, account_id, invoice_id, sequence, status, draft, violations,
				  warnings, fixed, received_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)
				""", drafts);
		this.jdbc.batchUpdate("""
				insert into import_report (import_id, invoice_id, account_id, realm_id, sequence, draft_id,
				  invoice_number, fate, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", report);
		this.jdbc.update("update import_jobs set invoices_reported = invoices_reported + ? where import_id = ?",
				report.size(), this.upstream.importId());
	}

}
