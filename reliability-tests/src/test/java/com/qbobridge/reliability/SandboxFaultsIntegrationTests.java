package com.qbobridge.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 3: QuickBooks misbehaves for the whole import (20 % of calls throttled with 429, 5 % answered 503, access
 * tokens that live 30 s in the full run, latency spikes of 2 s every few seconds): the import still completes, and
 * qbo-sandbox's counters show that the connector never exceeded Intuit's limits (500 requests a minute, 10 at once).
 */
class SandboxFaultsIntegrationTests {

	private static final int TOKEN_SECONDS = Size.of(15, 30);

	private static final int SPIKE_MILLIS = Size.of(1_500, 2_000);

	@Test
	void importCompletesWithinIntuitsLimitsWhileQuickBooksMisbehaves() {
		Product product = Product.get();
		TestCompany company = TestCompany.create(product.sandbox, "FAULTS", Size.of(1_500, 20_000));
		// Token lifetime applies to tokens issued afterwards: set before the company is connected. The error rates
		// come after: connecting waits for the connector's first QuickBooks calls, and three faults in a row there
		// outlast import-service's 10 s read timeout (the connect flow is not what this test measures).
		product.sandbox.faults(company.realmId(), Map.of("accessTokenLifetimeSeconds", TOKEN_SECONDS));
		ImportRun run = ImportRun.connect(product, company);
		product.sandbox.faults(company.realmId(), faults(0));
		product.sandbox.resetStats(company.realmId());
		run.start();
		Instant deadline = Instant.now().plus(ImportRun.IMPORT_DEADLINE);
		int spikes = 0;
		boolean spiking = false;
		while (!CreditorApi.ended(run.job) && Instant.now().isBefore(deadline)) {
			// Latency spikes: on for 3 s, off for 3 s.
			spiking = !spiking;
			spikes += spiking ? 1 : 0;
			product.sandbox.faults(company.realmId(), faults(spiking ? SPIKE_MILLIS : 0));
			await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
			run.job = product.api.importJob(run.importId);
		}
		JsonNode stats = product.sandbox.stats(company.realmId());
		product.sandbox.faults(company.realmId(), Map.of());
		long perMinute = stats.path("maxRequestsInAnyMinute").asLong();
		long concurrent = stats.path("maxConcurrentObserved").asLong();
		Results.Row row = run.row("QuickBooks faults: 20 % 429, 5 % 503, " + TOKEN_SECONDS + " s tokens, "
				+ SPIKE_MILLIS + " ms spikes",
				"max " + perMinute + " requests/min, max " + concurrent + " concurrent, " + stats.path("requests")
						+ " requests, " + stats.path("faultsInjected") + " faults injected, " + stats.path("throttled")
						+ " throttled by the limits, " + stats.path("tokenRefreshes") + " token refreshes, " + spikes
						+ " spikes");
		Results.record(row);
		Results.record(withinLimits(row, perMinute, concurrent));
		Results.check(row);
		assertThat(perMinute).isLessThanOrEqualTo(500);
		assertThat(concurrent).isLessThanOrEqualTo(10);
	}

	private static Results.Row withinLimits(Results.Row row, long perMinute, long concurrent) {
		boolean within = perMinute <= 500 && concurrent <= 10;
		return new Results.Row("  Intuit's limits during the faults", 0, 0, 0, 0,
				(within ? "" : "FAIL: ") + perMinute + " requests/min (<= 500), " + concurrent + " concurrent (<= 10)");
	}

	private static Map<String, Object> faults(int latencyMillis) {
		Map<String, Object> faults = new HashMap<>();
		faults.put("errorRates", Map.of("429", 0.20, "503", 0.05));
		faults.put("accessTokenLifetimeSeconds", TOKEN_SECONDS);
		faults.put("latencyMillis", latencyMillis);
		return faults;
	}

}
