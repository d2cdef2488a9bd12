package com.qbobridge.cases.register;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.cases.CaseStatus;
import com.qbobridge.schemas.mapping.Debtor;
import com.qbobridge.schemas.mapping.DebtorType;
import com.qbobridge.schemas.mapping.PostalAddress;
import com.qbobridge.schemas.mapping.SourceReference;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/**
 * The collection cases in PostgreSQL. Writes take a whole batch in one statement (new cases as one multi-row insert,
 * look-ups with the rows passed as one JSON array), so that a poll of hundreds of approvals costs a handful of round
 * trips; the unique indexes decide which cases are new.
 */
@Repository
public class CollectionCases {

	/** Statuses in which a case holds its invoice: no other case of it (the partial unique index). */
	private static final String OPEN = "('CREATED', 'SUBMITTED', 'ON_HOLD')";

	private static final String ROWS = "jsonb_array_elements(CAST(:rows AS jsonb)) WITH ORDINALITY AS e(r, ord)";

	private static final String COLUMNS = """
			id, account_id, draft_id, approval_event_id, approved_by, creditor_reference, case_date, due_date,
			amount_to_recover, original_total, currency, debtor_type, debtor_name, debtor_email, debtor_phone,
			debtor_address_lines, debtor_city, debtor_region, debtor_postal_code, debtor_country, jurisdiction,
			source_system, realm_id, invoice_id, customer_id, sync_token, connection_id, import_id, correlation_id,
			status, created_at, updated_at, submitted_at, quickbooks_balance, source_updated_at""";

	/** Columns of {@link #COLUMNS}, one placeholder each, for a multi-row insert. */
	private static final int COLUMN_COUNT = COLUMNS.split(",").length;

	/** PostgreSQL takes at most 32,767 parameters per statement; larger lists go in several statements. */
	private static final int ROWS_PER_INSERT = 32_767 / COLUMN_COUNT;

	private static final String ROW = "(" + String.join(", ", java.util.Collections.nCopies(COLUMN_COUNT, "?")) + ")";

	private static final String CONFLICTS = """
			SELECT e.ord,
			       (SELECT c.id FROM collection_cases c
			         WHERE c.account_id = e.r->>'accountId' AND c.source_system = e.r->>'sourceSystem'
			           AND c.realm_id = e.r->>'realmId' AND c.invoice_id = e.r->>'invoiceId'
			           AND c.status IN\s""" + OPEN + """
			) AS same_invoice,
			       (SELECT c.id FROM collection_cases c
			         WHERE c.account_id = e.r->>'accountId' AND c.creditor_reference = e.r->>'creditorReference'
			       ) AS same_reference
			FROM\s""" + ROWS;

	private static final String OPEN_CASES = """
			SELECT e.ord,
			       (SELECT c.id FROM collection_cases c
			         WHERE c.account_id = e.r->>'accountId' AND c.source_system = e.r->>'sourceSystem'
			           AND c.realm_id = e.r->>'realmId' AND c.invoice_id = e.r->>'invoiceId'
			           AND c.status IN\s""" + OPEN + """
			) AS open_case
			FROM\s""" + ROWS;

	private final JdbcClient jdbc;

	public CollectionCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the cases that clash with no existing case, in list order: of two cases of the same invoice or reference
	 * in one list, the first wins.
	 * @param cases the cases to store, must not be null
	 * @return the ids of the cases stored; the others conflict with an existing case
	 */
	public Set<CaseId> insertNew(List<CollectionCase> cases) {
		Assert.notNull(cases, "cases must not be null");
		Set<CaseId> ids = new HashSet<>();
		for (int from = 0; from < cases.size(); from += ROWS_PER_INSERT) {
			List<CollectionCase> chunk = cases.subList(from, Math.min(cases.size(), from + ROWS_PER_INSERT));
			// One multi-row VALUES statement with typed parameters: rows are inserted in list order, so of two
			// clashing cases the first wins, and the unique indexes decide which are new.
			String sql = "INSERT INTO collection_cases (" + COLUMNS + ") VALUES "
					+ String.join(", ", java.util.Collections.nCopies(chunk.size(), ROW))
					+ " ON CONFLICT DO NOTHING RETURNING id";
			this.jdbc.sql(sql).params(parameters(chunk)).query(UUID.class).list().forEach((id) -> ids.add(new CaseId(id)));
		}
		return ids;
	}

	private static List<Object> parameters(List<CollectionCase> cases) {
		List<Object> values = new ArrayList<>(cases.size() * COLUMN_COUNT);
		for (CollectionCase c : cases) {
			PostalAddress address = c.debtor().address();
			values.add(c.id().value());
			values.add(c.accountId());
			values.add(c.draftId());
			values.add(c.origin().approvalEventId());
			values.add(c.origin().approvedBy());
			values.add(c.creditorReference());
			values.add(c.caseDate());
			values.add(c.dueDate());
			values.add(c.amountToRecover());
			values.add(typed(c.originalTotal(), Types.NUMERIC));
			values.add(c.currency());
			values.add(text((c.debtor().type() != null) ? c.debtor().type().name() : null));
			values.add(c.debtor().name());
			values.add(text(c.debtor().email()));
			values.add(text(c.debtor().phone()));
			values.add(text((address != null) ? String.join("\n", address.lines()) : null));
			values.add(text((address != null) ? address.city() : null));
			values.add(text((address != null) ? address.region() : null));
			values.add(text((address != null) ? address.postalCode() : null));
			values.add(text((address != null) ? address.country() : null));
			values.add(c.jurisdiction());
			values.add(c.source().system());
			values.add(c.source().realmId());
			values.add(c.source().invoiceId());
			values.add(text(c.source().customerId()));
			values.add(text(c.source().syncToken()));
			values.add(typed(c.origin().connectionId(), Types.OTHER));
			values.add(typed(c.origin().importId(), Types.OTHER));
			values.add(c.origin().correlationId());
			values.add(c.status().name());
			values.add(Timestamp.from(c.createdAt()));
			values.add(Timestamp.from(c.updatedAt()));
			values.add(typed((c.submittedAt() != null) ? Timestamp.from(c.submittedAt()) : null, Types.TIMESTAMP));
			values.add(typed(c.quickBooksBalance(), Types.NUMERIC));
			values.add(typed((c.sourceUpdatedAt() != null) ? Timestamp.from(c.sourceUpdatedAt()) : null,
					Types.TIMESTAMP));
		}
		return values;
	}

	/** A value that may be null, with its SQL type, so that a null needs no look-up of the parameter's type. */
	private static Object typed(@Nullable Object value, int sqlType) {
		return new SqlParameterValue(sqlType, value);
	}

	private static Object text(@Nullable String value) {
		return typed(value, Types.VARCHAR);
	}

	/**
	 * Finds, for each case, the existing cases it clashes with.
	 * @param cases cases that {@link #insertNew} did not store, must not be null
	 * @return one conflict per case, in list order
	 */
	public List<CaseConflict> conflicts(List<CollectionCase> cases) {
		Assert.notNull(cases, "cases must not be null");
		if (cases.isEmpty()) {
			return List.of();
		}
		CaseConflict[] conflicts = new CaseConflict[cases.size()];
		this.jdbc.sql(CONFLICTS).param("rows", json(cases)).query((rs, row) -> {
			conflicts[(int) rs.getLong("ord") - 1] = new CaseConflict(caseId(rs, "same_invoice"),
					caseId(rs, "same_reference"));
			return null;
		}).list();
		return Arrays.asList(conflicts);
	}

	/**
	 * Finds the open case of each invoice.
	 * @param invoices the invoices, must not be null
	 * @return one entry per invoice, in list order: its open case, or {@code null} when it has none
	 */
	public List<@Nullable CaseId> openCases(List<Invoice> invoices) {
		Assert.notNull(invoices, "invoices must not be null");
		if (invoices.isEmpty()) {
			return List.of();
		}
		List<Map<String, @Nullable Object>> rows = new ArrayList<>(invoices.size());
		for (Invoice invoice : invoices) {
			Map<String, @Nullable Object> row = new LinkedHashMap<>();
			row.put("accountId", invoice.accountId());
			row.put("sourceSystem", invoice.source().system());
			row.put("realmId", invoice.source().realmId());
			row.put("invoiceId", invoice.source().invoiceId());
			rows.add(row);
		}
		@Nullable CaseId[] open = new CaseId[invoices.size()];
		this.jdbc.sql(OPEN_CASES)
			.param("rows", EventJson.mapper().writeValueAsString(rows))
			.query((rs, row) -> {
				open[(int) rs.getLong("ord") - 1] = caseId(rs, "open_case");
				return null;
			})
			.list();
		return Arrays.asList(open);
	}

	/**
	 * One case of an account.
	 * @param accountId the caller's account
	 * @param id the case id
	 * @return the case, empty when the account has no such case
	 */
	public Optional<CollectionCase> findOne(String accountId, CaseId id) {
		return this.jdbc.sql("SELECT * FROM collection_cases WHERE id = :id AND account_id = :account")
			.param("id", id.value())
			.param("account", accountId)
			.query(MAPPER)
			.optional();
	}

	/**
	 * A page of an account's cases, newest first.
	 * @param accountId the caller's account
	 * @param filter which cases and which page
	 * @return the page
	 */
	public CasePage find(String accountId, CaseFilter filter) {
		return find(accountId, filter, CaseSearch.NONE);
	}

	/**
	 * A page of an account's cases, narrowed and ordered by a search.
	 * @param accountId the caller's account
	 * @param filter which cases and which page
	 * @param search which import, currency or text, and which order
	 * @return the page
	 */
	public CasePage find(String accountId, CaseFilter filter, CaseSearch search) {
		StringBuilder where = new StringBuilder(" WHERE account_id = :account");
		Map<String, Object> params = new HashMap<>();
		params.put("account", accountId);
		if (filter.status() != null) {
			where.append(" AND status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.createdFrom() != null) {
			where.append(" AND created_at >= :from");
			params.put("from", Timestamp.from(filter.createdFrom()));
		}
		if (filter.createdTo() != null) {
			where.append(" AND created_at < :to");
			params.put("to", Timestamp.from(filter.createdTo()));
		}
		if (search.importId() != null) {
			where.append(" AND import_id = :importId");
			params.put("importId", search.importId());
		}
		if (search.currency() != null) {
			where.append(" AND currency = :currency");
			params.put("currency", search.currency());
		}
		if (search.text() != null) {
			where.append(" AND (lower(debtor_name) LIKE :text ESCAPE '\\' OR lower(creditor_reference) LIKE :text ESCAPE '\\')");
			params.put("text", search.likePattern());
		}
		long total = this.jdbc.sql("SELECT count(*) FROM collection_cases" + where)
			.params(params)
			.query(Long.class)
			.single();
		if (total == 0 || filter.offset() >= total) {
			return CasePage.of(List.of(), filter, total);
		}
		params.put("limit", filter.size());
		params.put("offset", filter.offset());
		List<CollectionCase> content = this.jdbc
			.sql("SELECT * FROM collection_cases" + where + " ORDER BY " + search.sort().column() + (search.descending() ? " DESC" : " ASC")
					+ ", created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query(MAPPER)
			.list();
		return CasePage.of(content, filter, total);
	}

	/**
	 * The case of an invoice, locked until the transaction ends so that two changes of one invoice apply one after
	 * the other: its open case, else its most recent closed one.
	 * @param accountId the creditor account
	 * @param source the invoice
	 * @return the case, empty when the invoice has none
	 */
	public Optional<CollectionCase> lockOfInvoice(String accountId, SourceReference source) {
		return this.jdbc.sql("""
				SELECT * FROM collection_cases
				WHERE account_id = :account AND source_system = :system AND realm_id = :realm AND invoice_id = :invoice
				ORDER BY (status IN\s""" + OPEN + """
				) DESC, created_at DESC
				LIMIT 1
				FOR UPDATE""")
			.param("account", accountId)
			.param("system", source.system())
			.param("realm", source.realmId())
			.param("invoice", source.invoiceId())
			.query(MAPPER)
			.optional();
	}

	/**
	 * Stores what following its invoice changed on a case: amount, status, invoice version and balance.
	 * @param followed the case after the change, must not be null
	 */
	public void update(CollectionCase followed) {
		Assert.notNull(followed, "followed must not be null");
		this.jdbc.sql("""
				UPDATE collection_cases
				SET amount_to_recover = :amount, status = :status, sync_token = :token, quickbooks_balance = :balance,
				    source_updated_at = :sourceUpdatedAt, updated_at = :updatedAt
				WHERE id = :id""")
			.param("amount", followed.amountToRecover())
			.param("status", followed.status().name())
			.param("token", followed.source().syncToken())
			.param("balance", followed.quickBooksBalance())
			.param("sourceUpdatedAt",
					(followed.sourceUpdatedAt() != null) ? Timestamp.from(followed.sourceUpdatedAt()) : null)
			.param("updatedAt", Timestamp.from(followed.updatedAt()))
			.param("id", followed.id().value())
			.update();
	}

	/**
	 * Marks cases as handed to collection.
	 * @param ids the cases whose {@code case.created} reached the broker
	 * @param at when that was confirmed
	 * @return how many cases changed status
	 */
	public int markSubmitted(List<CaseId> ids, Instant at) {
		if (ids.isEmpty()) {
			return 0;
		}
		String array = "{" + String.join(",", ids.stream().map(CaseId::toString).toList()) + "}";
		return this.jdbc.sql("""
				UPDATE collection_cases SET status = 'SUBMITTED', submitted_at = :at, updated_at = :at
				WHERE id = ANY(CAST(:ids AS uuid[])) AND status = 'CREATED'""")
			.param("at", Timestamp.from(at))
			.param("ids", array)
			.update();
	}

	private static String json(List<CollectionCase> cases) {
		List<Map<String, @Nullable Object>> rows = new ArrayList<>(cases.size());
		for (CollectionCase c : cases) {
			Map<String, @Nullable Object> row = new LinkedHashMap<>();
			row.put("id", c.id().toString());
			row.put("accountId", c.accountId());
			row.put("draftId", c.draftId().toString());
			row.put("approvalEventId", c.origin().approvalEventId().toString());
			row.put("approvedBy", c.origin().approvedBy());
			row.put("creditorReference", c.creditorReference());
			row.put("caseDate", c.caseDate().toString());
			row.put("dueDate", c.dueDate().toString());
			row.put("amountToRecover", c.amountToRecover().toPlainString());
			row.put("originalTotal", (c.originalTotal() != null) ? c.originalTotal().toPlainString() : null);
			row.put("currency", c.currency());
			row.put("debtorType", (c.debtor().type() != null) ? c.debtor().type().name() : null);
			row.put("debtorName", c.debtor().name());
			row.put("debtorEmail", c.debtor().email());
			row.put("debtorPhone", c.debtor().phone());
			PostalAddress address = c.debtor().address();
			row.put("debtorAddressLines", (address != null) ? String.join("\n", address.lines()) : null);
			row.put("debtorCity", (address != null) ? address.city() : null);
			row.put("debtorRegion", (address != null) ? address.region() : null);
			row.put("debtorPostalCode", (address != null) ? address.postalCode() : null);
			row.put("debtorCountry", (address != null) ? address.country() : null);
			row.put("jurisdiction", c.jurisdiction());
			row.put("sourceSystem", c.source().system());
			row.put("realmId", c.source().realmId());
			row.put("invoiceId", c.source().invoiceId());
			row.put("customerId", c.source().customerId());
			row.put("syncToken", c.source().syncToken());
			row.put("connectionId", text(c.origin().connectionId()));
			row.put("importId", text(c.origin().importId()));
			row.put("correlationId", c.origin().correlationId().toString());
			row.put("status", c.status().name());
			row.put("createdAt", c.createdAt().toString());
			row.put("updatedAt", c.updatedAt().toString());
			row.put("submittedAt", (c.submittedAt() != null) ? c.submittedAt().toString() : null);
			row.put("quickBooksBalance", (c.quickBooksBalance() != null) ? c.quickBooksBalance().toPlainString() : null);
			row.put("sourceUpdatedAt", (c.sourceUpdatedAt() != null) ? c.sourceUpdatedAt().toString() : null);
			rows.add(row);
		}
		return EventJson.mapper().writeValueAsString(rows);
	}

	/**
	 * An account's invoice, the key of at most one open case.
	 *
	 * @param accountId the creditor account
	 * @param source the invoice in its source system
	 */
	public record Invoice(String accountId, SourceReference source) {

		public Invoice {
			Assert.hasText(accountId, "accountId must not be empty");
			Assert.notNull(source, "source must not be null");
		}

	}

	private static @Nullable String text(@Nullable UUID id) {
		return (id != null) ? id.toString() : null;
	}

	private static @Nullable CaseId caseId(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return (id != null) ? new CaseId(id) : null;
	}

	private static final RowMapper<CollectionCase> MAPPER = (rs, row) -> {
		String lines = rs.getString("debtor_address_lines");
		String city = rs.getString("debtor_city");
		String region = rs.getString("debtor_region");
		String postalCode = rs.getString("debtor_postal_code");
		String country = rs.getString("debtor_country");
		PostalAddress address = (lines == null && city == null && region == null && postalCode == null
				&& country == null) ? null
						: new PostalAddress((lines != null && !lines.isEmpty()) ? List.of(lines.split("\n")) : List.of(),
								city, region, postalCode, country);
		String debtorType = rs.getString("debtor_type");
		Debtor debtor = new Debtor((debtorType != null) ? DebtorType.valueOf(debtorType) : null,
				rs.getString("debtor_name"), rs.getString("debtor_email"), rs.getString("debtor_phone"), address);
		SourceReference source = new SourceReference(rs.getString("source_system"), rs.getString("realm_id"),
				rs.getString("invoice_id"), rs.getString("customer_id"), rs.getString("sync_token"));
		CaseOrigin origin = new CaseOrigin(rs.getObject("approval_event_id", UUID.class), rs.getString("approved_by"),
				rs.getObject("connection_id", UUID.class), rs.getObject("import_id", UUID.class),
				rs.getObject("correlation_id", UUID.class));
		BigDecimal originalTotal = rs.getBigDecimal("original_total");
		Timestamp submittedAt = rs.getTimestamp("submitted_at");
		Timestamp sourceUpdatedAt = rs.getTimestamp("source_updated_at");
		return new CollectionCase(new CaseId(rs.getObject("id", UUID.class)), rs.getString("account_id"),
				rs.getObject("draft_id", UUID.class), rs.getString("creditor_reference"),
				rs.getObject("case_date", java.time.LocalDate.class), rs.getObject("due_date", java.time.LocalDate.class),
				rs.getBigDecimal("amount_to_recover"), originalTotal, rs.getString("currency"), debtor,
				rs.getString("jurisdiction"), source, origin, CaseStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				(submittedAt != null) ? submittedAt.toInstant() : null, rs.getBigDecimal("quickbooks_balance"),
				(sourceUpdatedAt != null) ? sourceUpdatedAt.toInstant() : null);
	};

}
