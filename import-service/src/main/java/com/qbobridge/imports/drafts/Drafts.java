package com.qbobridge.imports.drafts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.mapping.CaseDraft;
import com.qbobridge.schemas.mapping.FieldIssue;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import static com.qbobridge.imports.jobs.ImportJobs.timestamp;

/**
 * The stored drafts. The draft is kept as its contract JSON: it is only ever read and written whole.
 */
@Repository
public class Drafts {

	private static final TypeReference<List<FieldIssue>> ISSUES = new TypeReference<>() {
	};

	/** An import's drafts among some ids, each found by its primary key (the ids joined, duplicates once). */
	private static final String WITH_IDS = "select d.* from drafts d join (select distinct unnest(:ids) as draft_id) t"
			+ " on d.draft_id = t.draft_id where d.import_id = :importId";

	private final JdbcClient jdbc;

	Drafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(StoredDraft draft, Instant at) {
		this.jdbc.sql("""
				insert into drafts (import_id, draft_id, account_id, invoice_id, sequence, status, draft, violations,
				  warnings, fixed, received_at, updated_at)
				values (:importId, :draftId, :accountId, :invoiceId, :sequence, :status, :draft, :violations,
				  :warnings, :fixed, :receivedAt, :at)
				on conflict (import_id, draft_id) do update set status = excluded.status, draft = excluded.draft,
				  violations = excluded.violations, warnings = excluded.warnings, fixed = excluded.fixed,
				  sequence = excluded.sequence, updated_at = excluded.updated_at
				""")
			.param("importId", draft.importId())
			.param("draftId", draft.draftId())
			.param("accountId", draft.accountId())
			.param("invoiceId", draft.draft().source().invoiceId())
			.param("sequence", draft.sequence())
			.param("status", draft.state().name())
			.param("draft", EventJson.mapper().writeValueAsString(draft.draft()))
			.param("violations", EventJson.mapper().writeValueAsString(draft.violations()))
			.param("warnings", EventJson.mapper().writeValueAsString(draft.warnings()))
			.param("fixed", draft.fixed())
			.param("receivedAt", timestamp(draft.receivedAt()))
			.param("at", timestamp(at))
			.update();
	}

	/**
	 * Stores drafts in one statement (one round trip for a whole batch from mapping); a draft that exists is replaced.
	 * @param drafts the drafts, at most one per import and draft id
	 * @param at when
	 */
	void saveAll(List<StoredDraft> drafts, Instant at) {
		if (drafts.isEmpty()) {
			return;
		}
		// The JSON columns travel as one JSON array each, split by the database, rather than as text arrays, whose
		// every character the driver escapes one at a time (7 % of import-service's CPU in figure 1 of the bench).
		this.jdbc.sql("""
				insert into drafts (import_id, draft_id, account_id, invoice_id, sequence, status, draft, violations,
				  warnings, fixed, received_at, updated_at)
				select t.import_id, t.draft_id, t.account_id, t.invoice_id, t.sequence, t.status, t.draft, t.violations,
				  t.warnings, t.fixed, t.received_at, :at
				from rows from (unnest(:importIds), unnest(:draftIds), unnest(:accountIds), unnest(:invoiceIds),
				  unnest(:sequences), unnest(:statuses), json_array_elements_text(cast(:drafts as json)),
				  json_array_elements_text(cast(:violations as json)), json_array_elements_text(cast(:warnings as json)),
				  unnest(:fixed), unnest(:receivedAt)) as t(import_id, draft_id, account_id, invoice_id,
				  sequence, status, draft, violations, warnings, fixed, received_at)
				on conflict (import_id, draft_id) do update set status = excluded.status, draft = excluded.draft,
				  violations = excluded.violations, warnings = excluded.warnings, fixed = excluded.fixed,
				  sequence = excluded.sequence, updated_at = excluded.updated_at
				""")
			.param("importIds", array("uuid", drafts, StoredDraft::importId))
			.param("draftIds", array("uuid", drafts, StoredDraft::draftId))
			.param("accountIds", array("text", drafts, StoredDraft::accountId))
			.param("invoiceIds", array("text", drafts, StoredDraft::invoiceId))
			.param("sequences", array("bigint", drafts, StoredDraft::sequence))
			.param("statuses", array("text", drafts, (draft) -> draft.state().name()))
			.param("drafts", json(drafts, StoredDraft::draft))
			.param("violations", json(drafts, StoredDraft::violations))
			.param("warnings", json(drafts, StoredDraft::warnings))
			.param("fixed", array("boolean", drafts, StoredDraft::fixed))
			.param("receivedAt", array("timestamptz", drafts, (draft) -> Timestamp.from(draft.receivedAt())))
			.param("at", timestamp(at))
			.update();
	}

	/**
	 * The ids of an import's drafts among some that were approved, which a redelivered draft must not reset.
	 * @param importId the import
	 * @param draftIds the drafts
	 * @return the approved ones
	 */
	Set<UUID> approvedAmong(UUID importId, Collection<UUID> draftIds) {
		if (draftIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("select d.draft_id from drafts d join unnest(:ids) as t(draft_id) on d.draft_id = t.draft_id"
				+ " where d.import_id = :importId and d.status = 'APPROVED'")
			.param("importId", importId)
			.param("ids", ids(draftIds))
			.query(UUID.class)
			.list());
	}

	/** Ids as one array parameter: a statement binds at most 65,535 parameters, an array is one. */
	private static SqlArrayValue ids(Collection<UUID> draftIds) {
		return new SqlArrayValue("uuid", draftIds.toArray());
	}

	/** One JSON array of a value of each item, for {@code json_array_elements_text}. */
	private static <T> String json(List<T> items, Function<T, Object> value) {
		return FOR_POSTGRESQL_JSON.writeValueAsString(items.stream().map(value).toList());
	}

	/**
	 * PostgreSQL's json functions refuse the escaped NUL character that QuickBooks text can carry: it is written
	 * as the replacement character, as the report writes it in invoice numbers ({@code ImportReport}).
	 */
	private static final ObjectWriter FOR_POSTGRESQL_JSON = EventJson.mapper().writer().with(new NulAsReplacement());

	private static final class NulAsReplacement extends CharacterEscapes {

		private static final long serialVersionUID = 1L;

		private static final SerializableString REPLACEMENT = new SerializedString("\uFFFD");

		private final int[] escapes = standardAsciiEscapesForJSON();

		NulAsReplacement() {
			this.escapes[0] = ESCAPE_CUSTOM;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.escapes;
		}

		@Override
		public SerializableString getEscapeSequence(int character) {
			return (character == 0) ? REPLACEMENT : null;
		}

	}

	private static <T> SqlArrayValue array(String type, List<T> items, Function<T, Object> value) {
		return new SqlArrayValue(type, items.stream().map(value).toArray());
	}

	List<StoredDraft> withIds(UUID importId, Collection<UUID> draftIds) {
		return this.jdbc.sql(WITH_IDS + " order by d.sequence, d.draft_id")
			.param("importId", importId)
			.param("ids", ids(draftIds))
			.query(Drafts::map)
			.list();
	}

	/**
	 * One page of an import's drafts, filtered and sorted by the database so that a large import is never read whole.
	 * @param importId the import (already checked to belong to the account)
	 * @param query the filter, order and page
	 * @param today the day days overdue are counted to
	 * @return the drafts of the page
	 */
	public List<StoredDraft> page(UUID importId, DraftQuery query, LocalDate today) {
		String direction = query.descending() ? "desc" : "asc";
		return this.jdbc.sql("select * from drafts where import_id = :importId"
				+ " and (cast(:status as text) is null or status = :status)"
				+ " order by " + orderExpression(query.sort()) + " " + direction + " nulls last, sequence, draft_id"
				+ " limit :limit offset :offset")
			.param("importId", importId)
			.param("status", (query.status() != null) ? query.status().name() : null, Types.VARCHAR)
			.param("today", today)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(Drafts::map)
			.list();
	}

	/**
	 * How many drafts an import has in each state, from the changes every statement on drafts counts (see the
	 * draft_counts migration), so that a large import's rows are not counted on every page.
	 * @param importId the import
	 * @return the count per state; states without drafts are missing
	 */
	public Map<DraftState, Long> counts(UUID importId) {
		Map<DraftState, Long> counts = new EnumMap<>(DraftState.class);
		this.jdbc.sql("select status, sum(n) as n from draft_counts where import_id = ? group by status having sum(n) <> 0")
			.param(importId)
			.query((rs) -> {
				counts.put(DraftState.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * Folds the counted changes of every import into one row per state, so that reading the counts stays a lookup of
	 * a few rows; changes counted meanwhile are not among those deleted and stay as they are.
	 * @return how many rows there are now
	 */
	int foldCounts() {
		return this.jdbc.sql("""
				with folded as (delete from draft_counts returning import_id, status, n)
				insert into draft_counts (import_id, status, n)
				select import_id, status, sum(n) from folded group by import_id, status having sum(n) <> 0
				""").update();
	}

	/**
	 * The ids of an import's drafts in one state, in invoice order.
	 * @param importId the import
	 * @param state the state
	 * @return their ids
	 */
	public List<UUID> idsIn(UUID importId, DraftState state) {
		return this.jdbc.sql("select draft_id from drafts where import_id = ? and status = ? order by sequence, draft_id")
			.params(importId, state.name())
			.query(UUID.class)
			.list();
	}

	// Whitelisted expressions only: the sort key never reaches the SQL as text from the request.
	private static String orderExpression(DraftQuery.Sort sort) {
		return switch (sort) {
			case SEQUENCE -> "sequence";
			case INVOICE_NUMBER -> "lower(cast(draft as jsonb) ->> 'creditorReference')";
			case DEBTOR -> "lower(cast(draft as jsonb) -> 'debtor' ->> 'name')";
			case AMOUNT -> "cast(cast(draft as jsonb) ->> 'amountToRecover' as numeric)";
			case DUE_DATE -> "cast(cast(draft as jsonb) ->> 'dueDate' as date)";
			case DAYS_OVERDUE ->
				"coalesce(greatest(0, cast(:today as date) - cast(cast(draft as jsonb) ->> 'dueDate' as date)), 0)";
			// The order of DraftState, as the page lists them.
			case STATUS -> "case status when 'READY' then 0 when 'NEEDS_ATTENTION' then 1 else 2 end";
		};
	}

	Optional<StoredDraft> find(UUID importId, UUID draftId) {
		return this.jdbc.sql("select * from drafts where import_id = ? and draft_id = ?")
			.params(importId, draftId)
			.query(Drafts::map)
			.optional();
	}

	List<StoredDraft> lock(UUID importId, Collection<UUID> draftIds) {
		return this.jdbc.sql(WITH_IDS + " for update of d")
			.param("importId", importId)
			.param("ids", ids(draftIds))
			.query(Drafts::map)
			.list();
	}

	/**
	 * Approves those of some drafts that are ready, in one statement that locks, checks and changes them: a draft
	 * that is missing or not ready (another approval took it first) is not among those returned. Each id is one
	 * primary-key lookup whatever the table's statistics say: with {@code draft_id = any(:ids) and status = 'READY'},
	 * statistics not yet updated after a large import made PostgreSQL walk every ready draft of the import through
	 * the status index and compare each with the whole list (22 s for 2,000 of 435,000 ready drafts; 79 s on a
	 * colder table); the ids are joined instead, and the status is tested as an expression that index cannot serve.
	 * @param importId the import
	 * @param draftIds the drafts
	 * @param at when
	 * @return the drafts now approved
	 */
	List<StoredDraft> approveReady(UUID importId, Collection<UUID> draftIds, Instant at) {
		return this.jdbc.sql("""
				update drafts d set status = 'APPROVED', updated_at = :at
				from unnest(:ids) as t(draft_id)
				where d.import_id = :importId and d.draft_id = t.draft_id and (d.status = 'READY') is true
				returning d.*
				""")
			.param("at", timestamp(at))
			.param("importId", importId)
			.param("ids", ids(draftIds))
			.query(Drafts::map)
			.list();
	}

	/**
	 * Why those of some drafts that are not ready cannot be approved, read without their contents.
	 * @param importId the import
	 * @param draftIds the drafts
	 * @return one refusal per draft that is missing or not ready
	 */
	List<DraftsNotApprovable.Refusal> approvalRefusals(UUID importId, Collection<UUID> draftIds) {
		return this.jdbc.sql("""
				select t.draft_id, d.status, d.violations from unnest(:ids) with ordinality as t(draft_id, n)
				left join drafts d on d.import_id = :importId and d.draft_id = t.draft_id
				where d.status is distinct from 'READY' order by t.n
				""")
			.param("ids", ids(draftIds))
			.param("importId", importId)
			.query((rs, row) -> {
				String status = rs.getString("status");
				String violations = rs.getString("violations");
				return StoredDraft
					.approvalRefusal(rs.getObject("draft_id", UUID.class),
							(status != null) ? DraftState.valueOf(status) : null,
							(violations != null) ? EventJson.mapper().readValue(violations, ISSUES) : List.of())
					.orElseThrow();
			})
			.list();
	}

	List<StoredDraft> approvedFor(String accountId, UUID draftId) {
		return this.jdbc.sql("select * from drafts where account_id = ? and draft_id = ?")
			.params(accountId, draftId)
			.query(Drafts::map)
			.list();
	}

	int delete(UUID importId, UUID draftId) {
		return deleteAll(List.of(new Key(importId, draftId)));
	}

	/**
	 * Deletes drafts in one statement, e.g. those a poll of case-service's answers made cases.
	 * @param keys the drafts
	 * @return how many were deleted
	 */
	int deleteAll(List<Key> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				delete from drafts d using unnest(:importIds, :draftIds) as t(import_id, draft_id)
				where d.import_id = t.import_id and d.draft_id = t.draft_id
				""")
			.param("importIds", array("uuid", keys, Key::importId))
			.param("draftIds", array("uuid", keys, Key::draftId))
			.update();
	}

	/**
	 * A draft's key.
	 *
	 * @param importId its import
	 * @param draftId the draft
	 */
	record Key(UUID importId, UUID draftId) {

	}

	/**
	 * Deletes an import's drafts that are not waiting for a case.
	 * @param importId the import
	 * @return the invoice ids whose drafts were deleted
	 */
	List<String> deleteUnapproved(UUID importId) {
		return this.jdbc
			.sql("delete from drafts where import_id = ? and status <> 'APPROVED' returning invoice_id")
			.param(importId)
			.query(String.class)
			.list();
	}

	List<Expired> deleteReceivedBefore(Instant cutoff) {
		return this.jdbc
			.sql("delete from drafts where received_at < ? returning import_id, invoice_id, status")
			.param(timestamp(cutoff))
			.query((rs, row) -> new Expired(rs.getObject("import_id", UUID.class), rs.getString("invoice_id"),
					DraftState.valueOf(rs.getString("status"))))
			.list();
	}

	record Expired(UUID importId, String invoiceId, DraftState state) {

	}

	private static StoredDraft map(ResultSet rs, int row) throws SQLException {
		return new StoredDraft(rs.getObject("import_id", UUID.class), rs.getString("account_id"),
				rs.getLong("sequence"), DraftState.valueOf(rs.getString("status")),
				EventJson.mapper().readValue(rs.getString("draft"), CaseDraft.class),
				EventJson.mapper().readValue(rs.getString("violations"), ISSUES),
				EventJson.mapper().readValue(rs.getString("warnings"), ISSUES), rs.getBoolean("fixed"),
				rs.getObject("received_at", OffsetDateTime.class).toInstant());
	}

}
