package com.qbobridge.reliability;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Scenario 2: the Kafka broker (its own process) is killed with SIGKILL while an import fetches and drafts, and
 * started again on the same data: the import completes READY, nothing is lost or duplicated, and its approvals
 * become cases.
 */
class BrokerRestartIntegrationTests {

	@Test
	void importCompletesAcrossABrokerRestart() {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, "BROKER", Size.of(500, 20_000));
		ImportRun run = ImportRun.connect(product, company);
		product.sandbox.faults(company.realmId(), Map.of("latencyMillis", 1_000));
		run.start().awaitImport((job) -> job.path("invoicesReported").asLong() > 0);
		String killedAt = run.job.path("state").asString() + " with " + run.job.path("invoicesFetched").asLong()
				+ " fetched, " + run.job.path("invoicesReported").asLong() + " reported";
		long down = System.nanoTime();
		product.kafka.kill();
		product.kafka.restart();
		long downMillis = (System.nanoTime() - down) / 1_000_000;
		product.sandbox.faults(company.realmId(), Map.of());
		run.awaitEnd();
		if (run.ready()) {
			run.approveAllReady().awaitOutcomes();
		}
		Results.recordAndCheck(run.row("Kafka broker killed and restarted mid-import",
				"killed at " + killedAt + ", broker away " + downMillis + " ms; dead processes "
						+ product.deadProcesses()));
	}

}
