package com.qbobridge.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.qbobridge.schemas.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * import-service's public API as a creditor's script uses it: a personal API token (created once on the Settings page,
 * as the creditor would), JSON in and out.
 */
final class ImportApi {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("id=\"created-token-value\">(qbo_pat_[A-Za-z0-9_-]+)<");

	private final String baseUrl;

	private final String authorization;

	/** Keeps cookies as a script's HTTP client does: the connect flow completes only with its own (GH-15). */
	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	ImportApi(String baseUrl, String username, String password) {
		this.baseUrl = baseUrl;
		this.authorization = "Bearer " + createToken(username, password);
	}

	/**
	 * Signs in on the pages and creates a personal API token on the Settings page (GH-15).
	 */
	private String createToken(String username, String password) {
		HttpResponse<String> signIn = page(HttpRequest.newBuilder(URI.create(this.baseUrl + "/sign-in")).GET());
		page(form("/sign-in", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrfOf(signIn))));
		HttpResponse<String> settings = page(HttpRequest.newBuilder(URI.create(this.baseUrl + "/settings")).GET());
		HttpResponse<String> created = page(
				form("/settings/tokens", "name=e2e-script&_csrf=" + encode(csrfOf(settings))));
		Matcher token = TOKEN.matcher(created.body());
		if (!token.find()) {
			throw new IllegalStateException("No token on the Settings page: " + created.body());
		}
		return token.group(1);
	}

	private HttpRequest.Builder form(String path, String body) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> page(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("import-service did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrfOf(HttpResponse<String> page) {
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on " + page.uri());
		}
		return csrf.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
