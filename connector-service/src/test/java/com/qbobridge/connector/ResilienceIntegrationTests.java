package com.qbobridge.connector;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import com.qbobridge.connector.connections.Connection;
import com.qbobridge.connector.connections.ConnectionManagement;
import com.qbobridge.connector.oauth.QuickBooksAccess;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.connector.ImportCompleted;
import com.qbobridge.schemas.connector.ImportFailureReason;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.qbobridge.connector.InvoiceImportIntegrationTests.awaitCompleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ResilienceIntegrationTests extends ConnectorIntegrationTest {

	@Autowired
	MeterRegistry meters;

	@Autowired
	QuickBooksAccess quickBooks;

	@Autowired
	ConnectionManagement connections;

	/**
	 * The minute's budget is a sliding window, not a fixed-period rate limiter: a short import's calls go at the
	 * speed QuickBooks answers them (here 45 calls, a quarter of the test budget, on the test bulkhead's 3 calls at
	 * once), where the 3-per-second limiter the budget replaced spread them over 15 s.
	 */
	@Test
	void sendsAShortBurstAtOnceWithinTheMinutesBudget() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Quick Burst Co", 43, 3, 10);
		Connection connection = this.connections.find(connect(account, realmId)).orElseThrow();
		sandbox().resetStats(realmId);
		ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
		ExecutorService callers = Executors.newFixedThreadPool(3);
		long start = System.nanoTime();
		try {
			CompletableFuture.allOf(IntStream.range(0, 45)
				.mapToObj((i) -> CompletableFuture.runAsync(() -> {
					this.quickBooks.query(connection, "select count(*) from Invoice", null);
					answered.add(System.nanoTime());
				}, callers))
				.toArray(CompletableFuture[]::new)).join();
		}
		finally {
			callers.shutdownNow();
		}

		JsonNode stats = sandbox().stats(realmId);
		assertThat(stats.get("requests").asInt()).isEqualTo(45);
		assertThat(stats.get("throttled").asInt()).isZero();
		assertThat(stats.get("maxConcurrentObserved").asLong()).isLessThanOrEqualTo(3);
		assertThat(Duration.ofNanos(answered.stream().mapToLong(Long::longValue).max().orElseThrow() - start))
			.as("45 calls within the minute's budget are not paced over seconds")
			.isLessThan(Duration.ofSeconds(8));
	}

	@Test
	void completesConcurrentImportsThrough429StormsAnd5xxWithinIntuitsLimits() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Stormy Weather Co", 41, 60, 3000);
		UUID connectionId = connect(account, realmId);
		sandbox().resetStats(realmId);
		sandbox().faults(realmId, Map.of("errorRates", Map.of("429", 0.3, "500", 0.05, "503", 0.1), "xmlErrors", true,
				"latencyMillis", 100));

		List<ImportRequested> requests = List.of(
				requestImport(account, connectionId, DateField.DUE_DATE, null, null),
				requestImport(account, connectionId, DateField.INVOICE_DATE, null, null),
				requestImport(account, connectionId, DateField.DUE_DATE, null, null));
		List<ImportCompleted> completed = requests.stream().map(InvoiceImportIntegrationTests::awaitCompleted).toList();

		assertThat(completed).allSatisfy((done) -> assertThat(done.succeeded()).as("%s", done).isTrue());
		assertThat(completed).extracting(ImportCompleted::invoicesFetched).containsOnly(completed.get(0).invoicesFetched());
		requests.forEach((request) -> assertThat(events().invoicesOf(request.metadata().importId()))
			.extracting((event) -> event.invoice().id())
			.doesNotHaveDuplicates()
			.hasSize((int) completed.get(0).invoicesFetched()));
		JsonNode stats = sandbox().stats(realmId);
		assertThat(stats.get("faultsInjected").asLong()).isPositive();
		assertThat(stats.get("throttled").asLong()).as("requests refused for exceeding a limit").isZero();
		assertThat(stats.get("maxConcurrentObserved").asLong()).isLessThanOrEqualTo(QboSandboxLimits.CONCURRENT);
		assertThat(stats.get("maxRequestsInAnyMinute").asLong()).isLessThanOrEqualTo(QboSandboxLimits.PER_MINUTE);
		String instance = "qbo-" + realmId;
		assertThat(retries(instance, "successful_with_retry")).isPositive();
		assertThat(retries(instance, "failed_with_retry")).isZero();
		assertThat(circuitBreakerState(instance)).isEqualTo("CLOSED");
		assertThat(this.meters.find("http.client.requests").tag("status", "429").timers())
			.as("QuickBooks calls are observed per status")
			.isNotEmpty();
		assertScrapeShowsTheRealmsGuardsAndCalls(instance);
	}

	@Test
	void opensTheCircuitWhenQuickBooksKeepsFailingAndSaysSoInTheImport() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = sandbox().createRealm("Outage Co", 42, 5, 30);
		UUID connectionId = connect(account, realmId);
		sandbox().faults(realmId, Map.of("errorRates", Map.of("503", 1.0)));

		ImportCompleted first = awaitCompleted(requestImport(account, connectionId, DateField.DUE_DATE, null, null));
		ImportCompleted second = awaitCompleted(requestImport(account, connectionId, DateField.DUE_DATE, null, null));

		assertThat(first.failureReason()).isEqualTo(ImportFailureReason.QBO_UNAVAILABLE);
		assertThat(second.failureReason()).isEqualTo(ImportFailureReason.QBO_UNAVAILABLE);
		assertThat(second.detail()).contains("circuit breaker open");
		assertThat(circuitBreakerState("qbo-" + realmId)).isIn("OPEN", "HALF_OPEN");
		assertThat(connection(account, connectionId).get("status").asString()).isEqualTo("ACTIVE");

		sandbox().faults(realmId, Map.of("errorRates", Map.of()));
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> awaitCompleted(requestImport(account, connectionId, DateField.DUE_DATE, null, null))
				.succeeded());
		assertThat(circuitBreakerState("qbo-" + realmId)).isEqualTo("CLOSED");
	}

	/** What the Grafana dashboard reads, as Prometheus scrapes it: without a token. */
	private static void assertScrapeShowsTheRealmsGuardsAndCalls(String instance) {
		HttpResponse<String> scrape = call("GET", "/actuator/prometheus", null);

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body().lines())
			.anySatisfy((line) -> assertThat(line).startsWith("resilience4j_circuitbreaker_state{")
				.contains("name=\"" + instance + "\"", "state=\"closed\""))
			.anySatisfy((line) -> assertThat(line).startsWith("resilience4j_retry_calls_total{")
				.contains("name=\"" + instance + "\"", "kind=\"successful_with_retry\""))
			.anySatisfy((line) -> assertThat(line).startsWith("resilience4j_bulkhead_available_concurrent_calls{")
				.contains("name=\"" + instance + "\""))
			.anySatisfy((line) -> assertThat(line).startsWith("http_client_requests_seconds_count{")
				.contains("status=\"429\"", "uri=\"/v3/company/{realmId}/query?query={query}&minorversion={minorversion}\""));
	}

	private double retries(String instance, String kind) {
		FunctionCounter counter = this.meters.find("resilience4j.retry.calls")
			.tag("name", instance)
			.tag("kind", kind)
			.functionCounter();
		assertThat(counter).as("resilience4j.retry.calls{name=%s,kind=%s}", instance, kind).isNotNull();
		return counter.count();
	}

	private static String circuitBreakerState(String instance) {
		JsonNode health = EventJson.mapper().readTree(call("GET", "/actuator/health", "acme").body());
		return health.at("/components/quickBooks/details/circuitBreakers/" + instance).asString();
	}

	/** The sandbox's limits in tests, which the connector must never exceed. */
	static final class QboSandboxLimits {

		static final long CONCURRENT = com.qbobridge.connector.sandbox.QboSandbox.CONCURRENT_REQUESTS;

		static final long PER_MINUTE = com.qbobridge.connector.sandbox.QboSandbox.REQUESTS_PER_MINUTE;

	}

}
