package com.qbobridge.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.qbobridge.testsupport.TestDatabase;

/**
 * The database's own speed for the cases figure: the rows case-service wrote, copied into a scratch table of the same
 * shape (columns, indexes and constraints) with a plain JDBC batch insert in one transaction, on the same server in
 * the same run.
 */
final class JdbcBaseline {

	private static final int BATCH = 1000;

	private JdbcBaseline() {
	}

	/**
	 * Counts the cases case-service has written.
	 */
	static long countCases(TestDatabase database) {
		try (Connection connection = connect(database); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from collection_cases")) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Re-inserts up to {@code limit} of case-service's rows into {@code bench_collection_cases}.
	 * @return the rows inserted and the seconds the insert and commit took
	 */
	static Result insertLikeCases(TestDatabase database, int limit) {
		return insertLike(database, "collection_cases", "true", limit);
	}

	/**
	 * Re-inserts up to {@code limit} rows of a table that match a condition into {@code bench_<table>}, a scratch
	 * table of the same shape, with a plain JDBC batch insert in one transaction.
	 * @param table the table, e.g. {@code drafts}
	 * @param condition a SQL condition on its rows (the bench's own text, never input)
	 * @return the rows inserted and the seconds the insert and commit took
	 */
	static Result insertLike(TestDatabase database, String table, String condition, int limit) {
		String scratch = "bench_" + table;
		try (Connection connection = connect(database)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table if exists " + scratch);
				statement.execute("create table " + scratch + " (like " + table + " including all)");
			}
			List<Object[]> rows = new ArrayList<>();
			int columns;
			StringBuilder insert = new StringBuilder("insert into " + scratch + " values (");
			try (Statement statement = connection.createStatement();
					ResultSet result = statement
						.executeQuery("select * from " + table + " where " + condition + " limit " + limit)) {
				ResultSetMetaData meta = result.getMetaData();
				columns = meta.getColumnCount();
				for (int i = 1; i <= columns; i++) {
					insert.append((i > 1) ? ", ?" : "?");
				}
				while (result.next()) {
					Object[] row = new Object[columns];
					for (int i = 0; i < columns; i++) {
						row[i] = result.getObject(i + 1);
					}
					rows.add(row);
				}
			}
			insert.append(")");
			connection.setAutoCommit(false);
			long started = System.nanoTime();
			try (PreparedStatement statement = connection.prepareStatement(insert.toString())) {
				int pending = 0;
				for (Object[] row : rows) {
					for (int i = 0; i < columns; i++) {
						statement.setObject(i + 1, row[i]);
					}
					statement.addBatch();
					if (++pending == BATCH) {
						statement.executeBatch();
						pending = 0;
					}
				}
				if (pending > 0) {
					statement.executeBatch();
				}
			}
			connection.commit();
			return new Result(rows.size(), (System.nanoTime() - started) / 1e9);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Counts the drafts import-service holds, every import together.
	 */
	static long countDrafts(TestDatabase database) {
		try (Connection connection = connect(database); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from drafts")) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What import-service's report says became of one import's invoices.
	 * @return e.g. {@code CASE_CREATED 9,955, READY 5,238}
	 */
	static String fates(TestDatabase database, String importId) {
		StringBuilder fates = new StringBuilder();
		try (Connection connection = connect(database);
				PreparedStatement statement = connection.prepareStatement(
						"select fate, count(*) from import_report where import_id = ?::uuid group by fate order by 2 desc")) {
			statement.setString(1, importId);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					fates.append((fates.length() > 0) ? ", " : "")
						.append(rows.getString(1))
						.append(' ')
						.append(String.format(java.util.Locale.ROOT, "%,d", rows.getLong(2)));
				}
			}
			return fates.toString();
		}
		catch (SQLException ex) {
			return "unreadable: " + ex.getMessage();
		}
	}

	private static Connection connect(TestDatabase database) throws SQLException {
		String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
		return DriverManager.getConnection(url, database.username(), database.password());
	}

	/**
	 * One timed insert.
	 *
	 * @param rows rows inserted
	 * @param seconds insert and commit
	 */
	record Result(int rows, double seconds) {

	}

}
