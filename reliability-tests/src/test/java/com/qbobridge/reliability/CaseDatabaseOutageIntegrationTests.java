package com.qbobridge.reliability;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/**
 * Scenario 5: case-service's PostgreSQL connections are cut (a TCP proxy between them drops every connection and
 * refuses new ones) while approvals become cases, for 20 s in the full run and a few seconds in {@code verify}:
 * once the database is back, every approval becomes a case by itself, none twice.
 */
class CaseDatabaseOutageIntegrationTests {

	private static final Duration OUTAGE = Duration.ofSeconds(Size.of(6, 20));

	@Test
	void everyApprovalBecomesACaseAfterTheDatabaseComesBack() {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, "PGCUT", Size.of(600, 10_000));
		ImportRun run = ImportRun.connect(product, company).start().awaitEnd();
		String note = "";
		if (run.ready()) {
			run.approveAllReady().awaitFirstCases(1);
			long casesAtCut = Ledger.cases(product, company);
			product.casesDatabaseProxy.cut();
			try {
				await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> true);
			}
			finally {
				product.casesDatabaseProxy.restore();
			}
			run.awaitOutcomes();
			note = "cut at " + casesAtCut + " of " + run.approved + " cases for " + OUTAGE.toSeconds() + " s, "
					+ product.casesDatabaseProxy.refusedConnections() + " connections refused meanwhile; dead processes "
					+ product.deadProcesses();
		}
		Results.recordAndCheck(run.row("case-service PostgreSQL cut during case creation", note));
	}

}
