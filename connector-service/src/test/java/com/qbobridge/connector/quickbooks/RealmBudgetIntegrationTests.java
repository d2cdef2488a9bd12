package com.qbobridge.connector.quickbooks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.qbobridge.connector.Companies;
import com.qbobridge.connector.ConnectorIntegrationTest;
import com.qbobridge.connector.oauth.AccessTokens;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GH-14 (point 4): two connector instances share one company's limits. Two budget clients on the connector's one
 * database (as two replicas would be) send requests to the same company at once, over HTTP to the sandbox, whose
 * counters show what QuickBooks would have seen: never more calls in flight, nor more calls in any window, than the
 * shared budget allows, whatever each instance wants.
 */
class RealmBudgetIntegrationTests extends ConnectorIntegrationTest {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessTokens tokens;

	@Test
	void twoInstancesTogetherStayWithinTheCompanysConcurrentCalls() {
		Company company = company();
		SandboxAdmin sandbox = Companies.sandbox();
		sandbox.faults(company.realmId(), Map.of("latencyMillis", 400));
		sandbox.resetStats(company.realmId());
		RealmBudgetProperties budget = new RealmBudgetProperties(1000, Duration.ofMinutes(1), 4, Duration.ofMinutes(1),
				Duration.ofMinutes(2));

		run(company, budget, 10, 3);

		sandbox.faults(company.realmId(), Map.of());
		JsonNode stats = sandbox.stats(company.realmId());
		assertThat(stats.get("requests").asInt()).isEqualTo(2 * 10 * 3);
		assertThat(stats.get("throttled").asInt()).isZero();
		assertThat(stats.get("maxConcurrentObserved").asInt()).as("20 threads on two instances, 4 slots shared")
			.isBetween(2, 4);
	}

	@Test
	void twoInstancesTogetherStayWithinTheCompanysRequestsPerWindow() {
		Company company = company();
		SandboxAdmin sandbox = Companies.sandbox();
		sandbox.resetStats(company.realmId());
		// 10 requests in any 2 s, 10 callers: a window holds at most 10 + 9 (callers that counted at the same time).
		RealmBudgetProperties budget = new RealmBudgetProperties(10, Duration.ofSeconds(2), 10, Duration.ofMinutes(1),
				Duration.ofMinutes(2));

		List<Long> sent = run(company, budget, 5, 4);

		JsonNode stats = sandbox.stats(company.realmId());
		assertThat(stats.get("requests").asInt()).isEqualTo(40);
		assertThat(stats.get("throttled").asInt()).isZero();
		List<Long> times = sent.stream().sorted().toList();
		long window = Duration.ofSeconds(2).toNanos();
		int most = 0;
		for (int first = 0, last = 0; first < times.size(); first++) {
			while (last < times.size() && times.get(last) - times.get(first) < window) {
				last++;
			}
			most = Math.max(most, last - first);
		}
		assertThat(most).as("requests in any 2 s, whichever instance sent them").isBetween(10, 19);
		// 40 requests, at most 19 in any 2 s: they span more than 4 s.
		assertThat(Duration.ofNanos(times.get(times.size() - 1) - times.get(0))).isGreaterThan(Duration.ofSeconds(4));
	}

	/**
	 * Two budget clients, each with {@code threads} threads sending {@code calls} requests.
	 * @return when each request was sent ({@link System#nanoTime()})
	 */
	private List<Long> run(Company company, RealmBudgetProperties properties, int threads, int calls) {
		List<Long> sent = new CopyOnWriteArrayList<>();
		List<RealmBudget> instances = List.of(new RealmBudget(this.jdbc, properties),
				new RealmBudget(this.jdbc, properties));
		ExecutorService pool = Executors.newFixedThreadPool(2 * threads);
		try {
			List<CompletableFuture<Void>> all = new ArrayList<>();
			for (RealmBudget instance : instances) {
				for (int t = 0; t < threads; t++) {
					all.add(CompletableFuture.runAsync(() -> {
						for (int c = 0; c < calls; c++) {
							int status = instance.call(company.realmId(), () -> {
								sent.add(System.nanoTime());
								return count(company);
							});
							assertThat(status).isEqualTo(200);
						}
					}, pool));
				}
			}
			CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
			return sent;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int count(Company company) {
		String query = URLEncoder.encode("select count(*) from Invoice", StandardCharsets.UTF_8);
		try {
			return http.send(HttpRequest
				.newBuilder(URI.create(Companies.sandbox().baseUrl() + "/v3/company/" + company.realmId()
						+ "/query?minorversion=75&query=" + query))
				.header("Authorization", "Bearer " + company.accessToken())
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Company company() {
		String account = "acct-" + UUID.randomUUID();
		String realmId = Companies.sandbox().createRealm("Shared Limits Co", 5, 5, 20);
		UUID connectionId = Companies.connect(account, realmId);
		return new Company(realmId, this.tokens.accessToken(connectionId, null));
	}

	private record Company(String realmId, String accessToken) {
	}

}
