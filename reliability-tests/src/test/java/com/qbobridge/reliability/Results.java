package com.qbobridge.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suite's table: one row per scenario run, appended to {@code target/reliability-results.tsv}, which
 * {@code run.sh} prints. A scenario records its row before it asserts, so that a failing scenario still reports
 * what it found.
 */
final class Results {

	private static final Logger logger = LoggerFactory.getLogger(Results.class);

	static final Path FILE = Path.of("target", "reliability-results.tsv");

	private Results() {
	}

	/**
	 * One scenario's figures.
	 *
	 * @param scenario what was done
	 * @param invoices unpaid invoices the scenario imported
	 * @param lost invoices without a draft or fate, and approvals that never became a case
	 * @param duplicated second drafts and second cases of one invoice
	 * @param stalled imports or approvals that did not end within the scenario's deadline
	 * @param note what else was seen (fates, counters, failures)
	 */
	record Row(String scenario, long invoices, long lost, long duplicated, long stalled, String note) {

		boolean passed() {
			return this.lost == 0 && this.duplicated == 0 && this.stalled == 0 && !this.note.contains("FAIL:");
		}

		String result() {
			return passed() ? "pass" : "FAIL";
		}

	}

	/** Records the row, then fails unless nothing was lost, duplicated or stalled and the import ended well. */
	static void recordAndCheck(Row row) {
		record(row);
		check(row);
	}

	/** Fails unless nothing was lost, duplicated or stalled and the scenario's outcome was the expected one. */
	static void check(Row row) {
		org.assertj.core.api.SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(row.lost()).as("lost: " + row).isZero();
			softly.assertThat(row.duplicated()).as("duplicated: " + row).isZero();
			softly.assertThat(row.stalled()).as("stalled: " + row).isZero();
			softly.assertThat(row.note()).as("result: " + row).doesNotContain("FAIL:");
		});
	}

	static void record(Row row) {
		String line = String.join("\t", row.scenario(), String.valueOf(row.invoices()), String.valueOf(row.lost()),
				String.valueOf(row.duplicated()), String.valueOf(row.stalled()), row.result(),
				row.note().replace('\t', ' ').replace('\n', ' '))
				+ "\n";
		try {
			Files.createDirectories(FILE.toAbsolutePath().getParent());
			Files.writeString(FILE, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		logger.info("[reliability] {} | invoices {} | lost {} | duplicated {} | stalled {} | {} | {}", row.scenario(),
				row.invoices(), row.lost(), row.duplicated(), row.stalled(), row.result(), row.note());
	}

}
