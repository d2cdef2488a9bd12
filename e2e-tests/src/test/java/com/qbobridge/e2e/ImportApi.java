package com.qbobridge.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.testsupport.PersonalToken;
import tools.jackson.databind.JsonNode;

/**
 * import-service's public API as a creditor's script uses it: a personal API token (created once on the Settings page,
 * as the creditor would), JSON in and out.
 */
final class ImportApi {

	private final String baseUrl;

	private final String authorization;

	/** Keeps cookies as a script's HTTP client does: the connect flow completes only with its own (GH-15). */
	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	ImportApi(String baseUrl, String username, String password) {
		this.baseUrl = baseUrl;
		this.authorization = "Bearer " + PersonalToken.create(this.http, baseUrl, username, password, "e2e-script");
	}

	Response get(String path) {
		return send(request(path).GET());
	}

	/**
	 * Visits a page of import-service and reads where it redirects.
	 * @param uri the page
	 * @return the {@code Location}
	 */
	URI redirectOf(URI uri) {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri)
				.header("Authorization", this.authorization)
				.timeout(Duration.ofSeconds(60))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			return URI.create(response.headers()
				.firstValue("Location")
				.orElseThrow(() -> new IllegalStateException(uri + " answered " + response.statusCode())));
		}
		catch (IOException ex) {
			throw new IllegalStateException("import-service did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body))));
	}

	Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body))));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", this.authorization)
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(60));
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("import-service did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A status and a body.
	 */
	record Response(int status, String body) {

		JsonNode json() {
			return EventJson.mapper().readTree(this.body);
		}

	}

}
