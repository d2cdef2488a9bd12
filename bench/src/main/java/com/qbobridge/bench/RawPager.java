package com.qbobridge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.testsupport.sandbox.QuickBooksSignIn;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The yardstick for fetching: one plain sequential client of Intuit's query API that pages the same unpaid invoices
 * the connector pages ({@code Balance > '0'}, keyed by id, 1000 a page), with its own app and access token, and
 * nothing else: no customers, no Kafka, no database.
 */
final class RawPager {

	private static final String CLIENT_ID = "bench-raw-pager";

	private final String sandboxUrl;

	private final String accessToken;

	private final String realmId;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private RawPager(String sandboxUrl, String accessToken, String realmId) {
		this.sandboxUrl = sandboxUrl;
		this.accessToken = accessToken;
		this.realmId = realmId;
	}

	/**
	 * Registers the pager's app, signs in through the sandbox's pages and exchanges the code for an access token.
	 * @param sandbox the sandbox's admin API
	 * @param username a sandbox user owning the company
	 * @param password its password
	 * @param realmId the company
	 * @return the pager, ready to page
	 */
	static RawPager connect(SandboxAdmin sandbox, String username, String password, String realmId) {
		String secret = UUID.randomUUID().toString();
		// The sign-in helper expects the app's callback to redirect once more; this callback hands the code back so.
		HttpServer callback;
		try {
			callback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		callback.createContext("/callback", (exchange) -> {
			exchange.getResponseHeaders().add("Location", "/done?" + exchange.getRequestURI().getRawQuery());
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		callback.start();
		try {
			String redirectUri = "http://localhost:" + callback.getAddress().getPort() + "/callback";
			sandbox.registerClient(CLIENT_ID, secret, redirectUri);
			String authorization = sandbox.baseUrl() + "/connect/oauth2?client_id=" + CLIENT_ID + "&redirect_uri="
					+ encode(redirectUri) + "&response_type=code&scope=com.intuit.quickbooks.accounting&state="
					+ UUID.randomUUID();
			URI done = new QuickBooksSignIn().connect(authorization, username, password, realmId, true);
			String code = parameter(done.getRawQuery(), "code");
			if (code == null) {
				throw new IllegalStateException("The sandbox gave no code: " + done);
			}
			String token = token(sandbox.baseUrl(), secret, code, redirectUri);
			return new RawPager(sandbox.baseUrl(), token, realmId);
		}
		finally {
			callback.stop(0);
		}
	}

	/**
	 * Pages every unpaid invoice in id order, one call after the other.
	 * @return how many calls and invoices it took, and how long
	 */
	Run pageUnpaid() {
		long started = System.nanoTime();
		int calls = 0;
		long invoices = 0;
		String afterId = null;
		while (true) {
			String query = "select * from Invoice where Balance > '0'" + ((afterId != null) ? " and Id > '" + afterId + "'" : "")
					+ " orderby Id maxresults 1000";
			JsonNode page = query(query).path("QueryResponse").path("Invoice");
			calls++;
			if (!page.isArray() || page.isEmpty()) {
				break;
			}
			invoices += page.size();
			afterId = page.get(page.size() - 1).get("Id").asString();
			if (page.size() < 1000) {
				break;
			}
		}
		return new Run(calls, invoices, (System.nanoTime() - started) / 1e9);
	}

	/**
	 * Counts the unpaid invoices, as the connector does before paging.
	 * @return the count
	 */
	long countUnpaid() {
		return query("select count(*) from Invoice where Balance > '0'").path("QueryResponse").path("totalCount").asLong();
	}

	private JsonNode query(String query) {
		URI uri = URI.create(this.sandboxUrl + "/v3/company/" + this.realmId + "/query?query=" + encode(query)
				+ "&minorversion=75");
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri)
				.header("Authorization", "Bearer " + this.accessToken)
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(120))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The query API answered " + response.statusCode() + ": " + response.body());
			}
			return EventJson.mapper().readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String token(String sandboxUrl, String secret, String code, String redirectUri) {
		String basic = Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + secret).getBytes(StandardCharsets.UTF_8));
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(sandboxUrl + "/oauth2/v1/tokens/bearer"))
					.header("Authorization", "Basic " + basic)
					.header("Accept", "application/json")
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + encode(code)
							+ "&redirect_uri=" + encode(redirectUri)))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The token endpoint answered " + response.statusCode() + ": "
						+ response.body());
			}
			return EventJson.mapper().readTree(response.body()).get("access_token").asString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable String parameter(@Nullable String query, String name) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && pair.substring(0, equals).equals(name)) {
				return java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One pass over the pages.
	 *
	 * @param calls query calls made
	 * @param invoices invoices read
	 * @param seconds how long it took
	 */
	record Run(int calls, long invoices, double seconds) {

	}

}
