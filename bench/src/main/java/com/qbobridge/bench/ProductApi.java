package com.qbobridge.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.qbobridge.testsupport.PersonalToken;
import com.qbobridge.testsupport.sandbox.QuickBooksSignIn;
import tools.jackson.databind.JsonNode;

/**
 * import-service's public API as a creditor's script uses it (a personal API token of the local account's user): connect a
 * QuickBooks company through the sandbox's sign-in pages, start an import, wait for it, approve drafts, read pages.
 */
final class ProductApi {

	static final String USER = "creditor@example.com";

	static final String PASSWORD = "password";

	/** The most drafts one approval request may list. */
	static final int MAX_APPROVALS_PER_REQUEST = 10_000;

	private static final Duration CALL = Duration.ofSeconds(60);

	private final JsonHttp http;

	ProductApi(String importsUrl) {
		this.http = new JsonHttp(importsUrl, "Bearer " + PersonalToken.create(importsUrl, USER, PASSWORD, "bench"));
	}

	/**
	 * Connects one company and waits until the connection is active.
	 * @return the connection id
	 */
	String connect(String sandboxUser, String sandboxPassword, String realmId) {
		JsonNode started = this.http.post("/api/connections/quickbooks", Map.of(), CALL);
		URI completion = new QuickBooksSignIn().connect(started.get("authorizationUrl").asString(), sandboxUser,
				sandboxPassword, realmId, true);
		// The flow completes in the client that started it, which holds its qbo_connect cookie (GH-15).
		URI back = URI.create(this.http.raw(completion.getRawPath() + "?" + completion.getRawQuery(), CALL)
			.headers()
			.firstValue("Location")
			.orElse(completion.toString()));
		if (back.getQuery() == null || !back.getQuery().startsWith("connected=")) {
			throw new IllegalStateException("Connecting " + realmId + " ended at " + back);
		}
		String connectionId = back.getQuery().substring("connected=".length());
		await(Duration.ofMinutes(2), () -> {
			JsonNode body = this.http.get("/api/connections", CALL);
			JsonNode list = body.isArray() ? body : body.path("connections");
			for (JsonNode connection : list) {
				if (connection.path("id").asString().equals(connectionId)) {
					return "ACTIVE".equals(connection.path("state").asString());
				}
			}
			return false;
		}, "connection " + connectionId + " active");
		return connectionId;
	}

	/**
	 * Starts an import of every unpaid invoice of a connection (no date range).
	 * @return the import id
	 */
	String startImport(String connectionId) {
		return this.http.post("/api/imports", Map.of("connectionId", connectionId, "dateField", "INVOICE_DATE"), CALL)
			.get("importId")
			.asString();
	}

	/**
	 * Polls an import every 100 ms until it is no longer running.
	 * @return the import as last read, and when it was first seen ended
	 */
	Ended awaitEnd(String importId, Duration atMost) {
		Instant deadline = Instant.now().plus(atMost);
		long fetchedNanos = 0;
		while (Instant.now().isBefore(deadline)) {
			JsonNode job = this.http.get("/api/imports/" + importId, CALL);
			String state = job.path("state").asString();
			long now = System.nanoTime();
			if (fetchedNanos == 0 && !state.equals("REQUESTED") && !state.equals("FETCHING")) {
				fetchedNanos = now;
			}
			if (state.equals("READY") || state.equals("FAILED") || state.equals("DISCARDED")) {
				return new Ended(job, now, fetchedNanos);
			}
			pause(100);
		}
		JsonNode job = this.http.get("/api/imports/" + importId, CALL);
		return new Ended(job, System.nanoTime(), fetchedNanos);
	}

	/**
	 * The ids of the import's ready drafts, on every page.
	 */
	List<String> readyDraftIds(String importId) {
		JsonNode ids = this.http.get("/api/imports/" + importId + "/drafts/ids?status=ready", Duration.ofMinutes(5));
		List<String> result = new ArrayList<>(ids.size());
		ids.forEach((id) -> result.add(id.asString()));
		return result;
	}

	/**
	 * Approves drafts in requests of at most {@link #MAX_APPROVALS_PER_REQUEST}, one after the other.
	 * @return how many drafts the answers list as approved
	 */
	long approve(String importId, List<String> draftIds) {
		long approved = 0;
		for (int from = 0; from < draftIds.size(); from += MAX_APPROVALS_PER_REQUEST) {
			List<String> chunk = draftIds.subList(from, Math.min(draftIds.size(), from + MAX_APPROVALS_PER_REQUEST));
			approved += this.http
				.post("/api/imports/" + importId + "/approvals", Map.of("draftIds", chunk), Duration.ofMinutes(10))
				.size();
		}
		return approved;
	}

	/**
	 * Times a GET as a client sees it (the whole body read), several times.
	 * @param path the path and query
	 * @param calls how many timed calls, after one untimed warm-up
	 * @return the latencies in milliseconds, and the last status and body size
	 */
	Timed time(String path, int calls) {
		HttpResponse<String> warmUp = this.http.raw(path, Duration.ofMinutes(5));
		double[] millis = new double[calls];
		HttpResponse<String> last = warmUp;
		for (int i = 0; i < calls; i++) {
			long started = System.nanoTime();
			last = this.http.raw(path, Duration.ofMinutes(5));
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		return new Timed(millis[calls / 2], millis[calls - 1], last.statusCode(), last.body().length());
	}

	static void await(Duration atMost, BooleanSupplier condition, String what) {
		Instant deadline = Instant.now().plus(atMost);
		while (Instant.now().isBefore(deadline)) {
			if (condition.getAsBoolean()) {
				return;
			}
			pause(200);
		}
		throw new IllegalStateException("Gave up waiting for " + what + " after " + atMost);
	}

	static void pause(long millis) {
		try {
			TimeUnit.MILLISECONDS.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An import that stopped running.
	 *
	 * @param job the import as the API shows it
	 * @param endedNanos {@link System#nanoTime()} when it was first seen ended
	 * @param fetchedNanos {@link System#nanoTime()} when it was first seen past FETCHING (the connector had published
	 * every invoice), 0 if never
	 */
	record Ended(JsonNode job, long endedNanos, long fetchedNanos) {

		boolean ready() {
			return "READY".equals(this.job.path("state").asString());
		}

		long invoices() {
			return this.job.path("invoicesFetched").asLong();
		}

	}

	/**
	 * Latencies of one GET.
	 *
	 * @param medianMillis the median
	 * @param maxMillis the slowest
	 * @param status the last call's HTTP status
	 * @param bodyChars the last body's length
	 */
	record Timed(double medianMillis, double maxMillis, int status, int bodyChars) {

	}

}
