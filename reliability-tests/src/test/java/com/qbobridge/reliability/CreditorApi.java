package com.qbobridge.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.testsupport.PersonalToken;
import com.qbobridge.testsupport.sandbox.QuickBooksSignIn;
import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/**
 * import-service's public API as a creditor's script uses it (HTTP Basic, JSON): connect, import, read the report,
 * approve. Calls made while import-service is being restarted are retried until it answers again.
 */
final class CreditorApi {

	private final String baseUrl;

	private final String authorization;

	/** Keeps cookies: the connect flow completes only in the client that started it. */
	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	CreditorApi(String baseUrl, String username, String password) {
		this.baseUrl = baseUrl;
		this.authorization = "Bearer " + PersonalToken.create(this.http, baseUrl, username, password, "reliability");
	}

	Response get(String path) {
		return send(request(path).GET());
	}

	Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body))));
	}

	Response putRaw(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Connects a company through the sandbox's sign-in pages and waits until the connection is active. */
	String connect(TestCompany company) {
		Response started = post("/api/connections/quickbooks", Map.of());
		require(started, 201);
		URI completion = new QuickBooksSignIn().connect(started.json().get("authorizationUrl").asString(),
				company.username(), TestCompany.PASSWORD, company.realmId(), true);
		// The script that started the flow completes it, with the cookie the start set.
		URI back = redirectOf(completion);
		if (back.getQuery() == null || !back.getQuery().startsWith("connected=")) {
			throw new IllegalStateException("Connecting " + company.realmId() + " ended at " + back);
		}
		String connectionId = back.getQuery().substring("connected=".length());
		await().atMost(Duration.ofMinutes(2)).until(() -> "ACTIVE".equals(connectionState(connectionId)));
		return connectionId;
	}

	String connectionState(String connectionId) {
		JsonNode body = get("/api/connections").json();
		JsonNode list = body.isArray() ? body : body.path("connections");
		for (JsonNode connection : list) {
			if (connection.path("id").asString().equals(connectionId)) {
				return connection.path("state").asString();
			}
		}
		return "UNKNOWN";
	}

	/** Starts an import of every unpaid invoice of a connection (no date range). */
	String startImport(String connectionId) {
		Response started = post("/api/imports", Map.of("connectionId", connectionId, "dateField", "INVOICE_DATE"));
		require(started, 201);
		return started.json().get("importId").asString();
	}

	JsonNode importJob(String importId) {
		return get("/api/imports/" + importId).json();
	}

	/** Polls the import until it is READY, FAILED or DISCARDED, or the time is up; returns it as last read. */
	JsonNode awaitEnd(String importId, Duration atMost) {
		Instant deadline = Instant.now().plus(atMost);
		JsonNode job = importJob(importId);
		while (Instant.now().isBefore(deadline) && !ended(job)) {
			await().pollDelay(Duration.ofMillis(250)).until(() -> true);
			job = importJob(importId);
		}
		return job;
	}

	static boolean ended(JsonNode job) {
		String state = job.path("state").asString();
		return state.equals("READY") || state.equals("FAILED") || state.equals("DISCARDED");
	}

	/** Every invoice of the import and its fate. */
	List<JsonNode> report(String importId) {
		List<JsonNode> lines = new ArrayList<>();
		get("/api/imports/" + importId + "/report").json().forEach(lines::add);
		return lines;
	}

	/** Approves every ready draft of the import; returns how many were approved. */
	int approveAllReady(String importId) {
		Response approved = post("/api/imports/" + importId + "/approvals", Map.of("allReady", true));
		if (approved.status() == 409) {
			return 0;
		}
		require(approved, 202);
		JsonNode body = approved.json();
		return body.isArray() ? body.size() : body.path("approved").size();
	}

	private URI redirectOf(URI page) {
		HttpRequest request = HttpRequest.newBuilder(page)
			.header("Authorization", this.authorization)
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return URI.create(response.headers()
				.firstValue("Location")
				.orElseThrow(() -> new IllegalStateException(page + " answered " + response.statusCode())));
		}
		catch (IOException ex) {
			throw new IllegalStateException("import-service did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", this.authorization)
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(120));
	}

	private Response send(HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (true) {
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
					pause();
					continue;
				}
				return new Response(response.statusCode(), response.body());
			}
			catch (IOException ex) {
				// import-service is being restarted: try again until it answers
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("import-service did not answer " + request.uri(), ex);
				}
				pause();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static void pause() {
		await().pollDelay(Duration.ofMillis(500)).until(() -> true);
	}

	private static void require(Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("Expected " + status + " but got " + response.status() + ": "
					+ response.body());
		}
	}

	/** A status and a body. */
	record Response(int status, String body) {

		JsonNode json() {
			return EventJson.mapper().readTree(this.body);
		}

	}

}
