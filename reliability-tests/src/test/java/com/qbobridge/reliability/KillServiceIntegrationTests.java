package com.qbobridge.reliability;

import java.util.Map;

import com.qbobridge.testsupport.ServiceProcess;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scenario 1: each service in turn is killed with SIGKILL while an import runs and again while its approvals become
 * cases, then started again: every unpaid invoice still ends as a draft or a fate, no invoice gets a second draft or
 * case, the import ends READY and every approval becomes a case. QuickBooks answers with a second of latency, so
 * that the kill lands while invoices are still being fetched and drafted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillServiceIntegrationTests {

	private static final int INVOICES = Size.of(400, 22_000);

	// GH-12: the restarted connector (or any other instance) takes the import over once its 1-minute lease ran out
	// and fetches it again; the invoices published before the kill come again with the same event ids and are skipped.
	@Test
	@Order(1)
	void connectorKilledWhileFetching() {
		killDuringImport("connector-service", "KILL-CON-FETCH");
	}

	// Only in the full run (run.sh): each kill costs a restart, and verify keeps to its time on 2 cores.
	@Test
	@Order(2)
	@EnabledIfSystemProperty(named = "reliability.size", matches = "full")
	void connectorKilledWhileCasesAreCreated() {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, "KILL-CON-CASES", INVOICES);
		ImportRun run = ImportRun.connect(product, company).start().awaitEnd();
		if (run.ready()) {
			run.approveAllReady().awaitFirstCases(1);
			long casesAtKill = Ledger.cases(product, company);
			ServiceProcess connector = product.service("connector-service");
			connector.kill();
			connector.restart();
			run.awaitOutcomes();
			Results.recordAndCheck(run.row("kill -9 connector-service during case creation",
					"killed at " + casesAtKill + " of " + run.approved + " cases"));
		}
		else {
			Results.recordAndCheck(run.row("kill -9 connector-service during case creation", "import not READY"));
		}
	}

	// Only in the full run (run.sh): mapping keeps no state, and verify keeps to its time on 2 cores.
	@Test
	@Order(3)
	@EnabledIfSystemProperty(named = "reliability.size", matches = "full")
	void mappingKilledWhileDraftingAndWhileCasesAreCreated() {
		killDuringImportAndCaseCreation("mapping-service", "KILL-MAP");
	}

	// Only in the full run (run.sh): case-service's own tests kill its transactions and its database, and verify keeps
	// to its time on 2 cores.
	@Test
	@Order(4)
	@EnabledIfSystemProperty(named = "reliability.size", matches = "full")
	void caseServiceKilledWhileImportingAndWhileCreatingCases() {
		killDuringImportAndCaseCreation("case-service", "KILL-CAS");
	}

	@Test
	@Order(5)
	void importServiceKilledWhileImportingAndWhileCasesAreCreated() {
		killDuringImportAndCaseCreation("import-service", "KILL-IMP");
	}

	private static void killDuringImport(String module, String prefix) {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, prefix, INVOICES);
		ImportRun run = ImportRun.connect(product, company);
		product.sandbox.faults(company.realmId(), Map.of("latencyMillis", 1_000));
		// Once the first drafts arrive: the connector has published invoices and is still fetching the others.
		run.start().awaitImport((job) -> job.path("invoicesReported").asLong() > 0);
		String killedAt = run.job.path("state").asString() + " with " + run.job.path("invoicesFetched").asLong()
				+ " fetched, " + run.job.path("invoicesReported").asLong() + " reported";
		ServiceProcess service = product.service(module);
		service.kill();
		service.restart();
		product.sandbox.faults(company.realmId(), Map.of());
		run.awaitEnd();
		Results.recordAndCheck(run.row("kill -9 " + module + " during fetching", "killed at " + killedAt));
	}

	private static void killDuringImportAndCaseCreation(String module, String prefix) {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, prefix, INVOICES);
		ImportRun run = ImportRun.connect(product, company);
		product.sandbox.faults(company.realmId(), Map.of("latencyMillis", 1_000));
		run.start();
		// Once drafts arrive: fetching may still run, drafting does.
		run.awaitImport((job) -> job.path("invoicesReported").asLong() > 0);
		String killedAt = run.job.path("state").asString() + " with " + run.job.path("invoicesFetched").asLong()
				+ " fetched, " + run.job.path("invoicesReported").asLong() + " reported";
		ServiceProcess service = product.service(module);
		service.kill();
		service.restart();
		product.sandbox.faults(company.realmId(), Map.of());
		run.awaitEnd();
		if (run.ready()) {
			run.approveAllReady().awaitFirstCases(1);
			long casesAtKill = Ledger.cases(product, company);
			service.kill();
			service.restart();
			run.awaitOutcomes();
			Results.recordAndCheck(run.row("kill -9 " + module + " during import and case creation",
					"killed at " + killedAt + " and again at " + casesAtKill + " of " + run.approved + " cases"));
		}
		else {
			Results.recordAndCheck(run.row("kill -9 " + module + " during import and case creation",
					"killed at " + killedAt + "; the import did not end READY, so no cases were created"));
		}
	}

}
