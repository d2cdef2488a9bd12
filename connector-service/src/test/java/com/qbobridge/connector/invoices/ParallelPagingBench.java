package com.qbobridge.connector.invoices;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.qbobridge.connector.Companies;
import com.qbobridge.connector.ConnectorIntegrationTest;
import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.QuickBooksAccess;
import com.qbobridge.connector.quickbooks.QuickBooksApiProperties;
import com.qbobridge.messaging.publishing.EventPublisher;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's paging figure, run by hand ({@code -Dtest=ParallelPagingBench}): one company read by the connector's
 * import with every QuickBooks call delayed by the sandbox's injected latency, page after page and then with id
 * ranges side by side, under production's per-realm limits (480 requests in any minute, 10 concurrent), with the sandbox's
 * counters. Prints a table; asserts only that Intuit's limits held and every run read the same invoices.
 */
class ParallelPagingBench extends ConnectorIntegrationTest {

	private static final int LATENCY_MILLIS = Integer.getInteger("bench.latency", 1000);

	@Autowired
	QuickBooksAccess quickBooks;

	@Autowired
	ConnectionManagement connections;

	@Autowired
	QuickBooksApiProperties settings;

	@Autowired
	EventPublisher events;

	@DynamicPropertySource
	static void productionLimits(DynamicPropertyRegistry registry) {
		registry.add("pipeline.connector.quickbooks.budget.requests-per-window", () -> 480);
		registry.add("resilience4j.bulkhead.configs.qbo.max-concurrent-calls", () -> 10);
	}

	@Test
	void readsPagesSideBySideWithinIntuitsLimits() {
		SandboxAdmin sandbox = Companies.sandbox();
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox.createRealm("Bench Co", 13, 400, Integer.getInteger("bench.invoices", 40_000),
				LocalDate.now().minusDays(7));
		Connection connection = this.connections.find(Companies.connect(account, realmId)).orElseThrow();
		sandbox.faults(realmId, Map.of("latencyMillis", LATENCY_MILLIS));
		List<String> rows = new ArrayList<>();
		rows.add("| ranges side by side | invoices | pages | QuickBooks calls | seconds | max concurrent | max per minute "
				+ "| throttled |");
		rows.add("|---|---|---|---|---|---|---|---|");
		long expected = -1;
		double sequentialSeconds = 0;
		// 0: the yardstick, a plain sequential client (one range, one call at a time); then ranges side by side.
		for (int ranges : java.util.Arrays.stream(System.getProperty("bench.ranges", "0,8,9,10").split(","))
			.mapToInt(Integer::parseInt)
			.toArray()) {
			boolean sequential = ranges == 0;
			sandbox.resetStats(realmId);
			ImportRequested request = new ImportRequested(
					EventMetadata.first(ImportRequested.CONTRACT, account, connection.id(), UUID.randomUUID()),
					DateField.DUE_DATE, null, null);
			AtomicInteger calls = new AtomicInteger();
			InvoiceImport fetch = new InvoiceImport(request, connection, (query) -> {
				calls.incrementAndGet();
				return this.quickBooks.query(connection, query, request.metadata());
			}, this.events, Duration.ofSeconds(60), this.settings.withParallelRanges(sequential ? 1 : ranges),
					(progress) -> {
					}, new RecordSizeLimit(256 * 1024), sequential ? 1 : 10);
			long start = System.nanoTime();
			fetch.run();
			double seconds = (System.nanoTime() - start) / 1e9;
			JsonNode stats = sandbox.stats(realmId);
			if (sequential) {
				sequentialSeconds = seconds;
				expected = fetch.published();
			}
			rows.add("| %s | %d | %d | %d | %.1f%s | %d | %d | %d |".formatted(sequential ? "sequential" : ranges,
					fetch.published(), fetch.pages(), calls.get(), seconds,
					sequential ? "" : " (%.2f ×)".formatted(seconds / sequentialSeconds),
					stats.get("maxConcurrentObserved").asInt(), stats.get("maxRequestsInAnyMinute").asInt(),
					stats.get("throttled").asInt()));
			assertThat(fetch.published()).isEqualTo(expected);
			assertThat(stats.get("maxConcurrentObserved").asInt()).isLessThanOrEqualTo(10);
			assertThat(stats.get("maxRequestsInAnyMinute").asInt()).isLessThanOrEqualTo(500);
		}
		sandbox.faults(realmId, Map.of());
		System.out.println("\nParallel paging, " + LATENCY_MILLIS + " ms injected latency per QuickBooks call:\n"
				+ String.join("\n", rows) + "\n");
	}

}
