package com.qbobridge.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.qbobridge.testsupport.TestDatabase;

/**
 * What became of the drafts the cases figure approved, as import-service's report records it: each approval is
 * answered by case-service with a case ({@code CASE_CREATED}) or a refusal ({@code CaseRejected}: {@code DUPLICATE}
 * becomes the fate {@code DUPLICATE}; {@code INVALID} and {@code DUPLICATE_REFERENCE} send the draft back to
 * {@code NEEDS_ATTENTION} with the detail "case-service refused it: ..." and the reasons on the draft), or is still
 * waiting ({@code APPROVED}).
 */
final class ApprovalOutcomes {

	/** The prefix import-service puts before case-service's detail when it sends a refused draft back. */
	private static final String REFUSED = "case-service refused it: ";

	private static final int EXAMPLE_CHARS = 400;

	private ApprovalOutcomes() {
	}

	/**
	 * How many of an import's approvals case-service has not answered yet (fate {@code APPROVED}).
	 */
	static long waiting(TestDatabase imports, String importId) {
		try (Connection connection = connect(imports);
				PreparedStatement statement = connection.prepareStatement(
						"select count(*) from import_report where import_id = ?::uuid and fate = 'APPROVED'")) {
			statement.setString(1, importId);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads the fate of every approved draft.
	 * @param imports import-service's database
	 * @param cases case-service's database, to name the case a refused draft clashed with
	 * @param importId the import the drafts belong to
	 * @param draftIds the approved drafts
	 * @return the counts, with one example per refusal reason
	 */
	static Outcomes read(TestDatabase imports, TestDatabase cases, String importId, List<String> draftIds) {
		Map<String, Long> rejected = new TreeMap<>();
		Map<String, Long> referenceFromId = new TreeMap<>();
		Map<String, String> examples = new TreeMap<>();
		Map<String, Long> other = new TreeMap<>();
		long created = 0;
		long waiting = 0;
		try (Connection connection = connect(imports);
				PreparedStatement statement = connection.prepareStatement("""
						select r.fate, r.detail, r.invoice_id, r.invoice_number, d.violations, d.warnings, r.case_id
						from import_report r
						left join drafts d on d.import_id = r.import_id and d.draft_id = r.draft_id
						where r.import_id = ?::uuid and r.draft_id = any(?)""")) {
			statement.setString(1, importId);
			Array ids = connection.createArrayOf("uuid", draftIds.stream().map(UUID::fromString).toArray());
			statement.setArray(2, ids);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String fate = rows.getString(1);
					String detail = (rows.getString(2) != null) ? rows.getString(2) : "";
					String violations = rows.getString(5);
					String warnings = rows.getString(6);
					String reason = switch (fate) {
						case "CASE_CREATED", "APPROVED" -> null;
						case "DUPLICATE" -> "DUPLICATE";
						case "NEEDS_ATTENTION" -> !detail.startsWith(REFUSED) ? null
								: (violations != null && violations.contains("\"code\":\"DUPLICATE_REFERENCE\""))
										? "DUPLICATE_REFERENCE" : "INVALID";
						default -> null;
					};
					if (fate.equals("CASE_CREATED")) {
						created++;
					}
					else if (fate.equals("APPROVED")) {
						waiting++;
					}
					else if (reason != null) {
						rejected.merge(reason, 1L, Long::sum);
						// mapping's note that the invoice had no number and its QuickBooks id became the reference
						boolean fromId = warnings != null && warnings.contains("CREDITOR_REFERENCE_FROM_ID");
						referenceFromId.merge(reason, fromId ? 1L : 0L, Long::sum);
						examples.computeIfAbsent(reason, (key) -> example(rows, detail, violations, warnings, cases));
					}
					else {
						other.merge(fate, 1L, Long::sum);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		long found = created + waiting + rejected.values().stream().mapToLong(Long::longValue).sum()
				+ other.values().stream().mapToLong(Long::longValue).sum();
		return new Outcomes(draftIds.size(), created, rejected, referenceFromId, examples, waiting, other,
				draftIds.size() - found);
	}

	private static String example(ResultSet row, String detail, String violations, String warnings,
			TestDatabase cases) {
		try {
			String text = "invoice " + row.getString(3)
					+ ((row.getString(4) != null) ? " (reference " + row.getString(4) + ")" : "") + ": " + detail
					+ ((violations != null) ? "; draft's reasons " + clip(violations) : "")
					+ ((warnings != null) ? "; draft's warnings " + clip(warnings) : "");
			String caseId = row.getString(7);
			return (caseId != null) ? text + "; the case it clashed with: " + existingCase(cases, caseId) : text;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String existingCase(TestDatabase cases, String caseId) {
		try (Connection connection = connect(cases);
				PreparedStatement statement = connection.prepareStatement(
						"select invoice_id, creditor_reference from collection_cases where id = ?::uuid")) {
			statement.setString(1, caseId);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? "invoice " + rows.getString(1) + ", reference " + rows.getString(2)
						: "not found";
			}
		}
		catch (SQLException ex) {
			return "unreadable: " + ex.getMessage();
		}
	}

	private static String clip(String text) {
		return (text.length() > EXAMPLE_CHARS) ? text.substring(0, EXAMPLE_CHARS) + "..." : text;
	}

	private static Connection connect(TestDatabase database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

	/**
	 * The approved drafts' fates.
	 *
	 * @param approved drafts approved
	 * @param created became cases
	 * @param rejected refused by case-service, per {@code CaseRejectionReason}
	 * @param referenceFromId of those, per reason, the drafts whose reference mapping took from the QuickBooks id
	 * @param examples one refused draft per reason: invoice, report detail and the reasons on the draft
	 * @param waiting still waiting for case-service's answer
	 * @param other any other fate (e.g. discarded), per fate
	 * @param unreported approved drafts the report does not list
	 */
	record Outcomes(long approved, long created, Map<String, Long> rejected, Map<String, Long> referenceFromId,
			Map<String, String> examples,
			long waiting, Map<String, Long> other, long unreported) {

		long rejectedTotal() {
			return this.rejected.values().stream().mapToLong(Long::longValue).sum();
		}

		/** E.g. "9,955 became cases, 45 refused by case-service (INVALID 45), 0 still waiting". */
		String summary() {
			StringBuilder text = new StringBuilder()
				.append(count(this.created)).append(" became cases, ")
				.append(count(rejectedTotal())).append(" refused by case-service");
			if (!this.rejected.isEmpty()) {
				text.append(" (");
				this.rejected.forEach((reason, n) -> text.append((text.charAt(text.length() - 1) == '(') ? "" : ", ")
					.append(reason).append(' ').append(count(n)));
				text.append("; sent back to needs attention, not lost)");
			}
			text.append(", ").append(count(this.waiting)).append(" still waiting for case-service");
			this.other.forEach((fate, n) -> text.append(", ").append(count(n)).append(' ').append(fate));
			if (this.unreported > 0) {
				text.append(", ").append(count(this.unreported)).append(" not in the report");
			}
			return text.toString();
		}

		private static String count(long value) {
			return String.format(java.util.Locale.ROOT, "%,d", value);
		}

	}

}
