package com.qbobridge.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.qbobridge.testsupport.TestDatabase;
import tools.jackson.databind.JsonNode;

/**
 * What the product holds for one company after a scenario, read from its public API (the import's report) and its
 * databases (drafts, cases), so that a lost invoice, a second draft or a second case cannot go unnoticed.
 */
final class Ledger {

	private Ledger() {
	}

	/** Unpaid invoices of the company the import's report does not list. */
	static Set<String> missingFromReport(TestCompany company, List<JsonNode> report) {
		Set<String> reported = new HashSet<>();
		report.forEach((line) -> reported.add(line.path("invoiceId").asString()));
		Set<String> missing = new HashSet<>(company.unpaidInvoiceIds());
		missing.removeAll(reported);
		return missing;
	}

	/** Report lines per fate, e.g. {@code CASE_CREATED=900, NEEDS_ATTENTION=12}. */
	static Map<String, Integer> fates(List<JsonNode> report) {
		Map<String, Integer> fates = new TreeMap<>();
		report.forEach((line) -> fates.merge(line.path("fate").asString(), 1, Integer::sum));
		return fates;
	}

	/** Drafts of the import beyond the first for the same invoice. */
	static long duplicateDrafts(Product product, String importId) {
		return count(product.processes.importsDatabase(),
				"select count(*) - count(distinct invoice_id) from drafts where import_id = ?", UUID.fromString(importId));
	}

	/** Cases of the company beyond the first for the same invoice. */
	static long duplicateCases(Product product, TestCompany company) {
		return count(product.processes.casesDatabase(),
				"select count(*) - count(distinct invoice_id) from collection_cases where realm_id = ?", company.realmId());
	}

	/** Cases of the company. */
	static long cases(Product product, TestCompany company) {
		return count(product.processes.casesDatabase(), "select count(*) from collection_cases where realm_id = ?",
				company.realmId());
	}

	private static long count(TestDatabase database, String sql, Object parameter) {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql, ex);
		}
	}

}
