package com.qbobridge.testsupport.sandbox;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Plays the creditor's browser through Intuit's sign-in pages as qbo-sandbox renders them: follows the authorization
 * URL, signs in, picks the company when asked, consents (or refuses), follows the redirect to the connector's
 * callback and returns where the connector sends the browser next.
 */
public final class QuickBooksSignIn {

	private static final Pattern FORM = Pattern.compile("<form id=\"([a-z-]+)\" method=\"post\" action=\"([^\"]+)\"");

	private static final Pattern FLOW = Pattern.compile("name=\"flow\" value=\"([^\"]+)\"");

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * Runs the whole flow.
	 * @param authorizationUrl the URL the connector handed out
	 * @param username the sandbox user
	 * @param password its password
	 * @param realmId the company to pick if the user has several
	 * @param consent whether to press "authorize" (else "deny")
	 * @return the {@code Location} the connector's callback redirected to
	 */
	public URI connect(String authorizationUrl, String username, String password, @Nullable String realmId,
			boolean consent) {
		URI base = URI.create(authorizationUrl);
		HttpResponse<String> page = get(base);
		require(page, 200);
		page = submit(base, page, Map.of("username", username, "password", password));
		if (formOf(page).equals("company-form")) {
			page = submit(base, page, Map.of("realmId", (realmId != null) ? realmId : ""));
		}
		if (!formOf(page).equals("consent-form")) {
			throw new IllegalStateException("Expected the consent page, got: " + page.body());
		}
		HttpResponse<String> toCallback = submit(base, page, Map.of("decision", consent ? "authorize" : "deny"));
		require(toCallback, 302);
		URI callback = URI.create(toCallback.headers().firstValue("Location").orElseThrow());
		HttpResponse<String> fromConnector = get(callback);
		require(fromConnector, 302);
		return URI.create(fromConnector.headers().firstValue("Location").orElseThrow());
	}

	/**
	 * Sends the browser to the connector's callback as an attacker or a stale tab would.
	 * @param callback the callback URL with its query
	 * @return the {@code Location} the connector redirected to
	 */
	public URI visit(URI callback) {
		HttpResponse<String> response = get(callback);
		require(response, 302);
		return URI.create(response.headers().firstValue("Location").orElseThrow());
	}

	private HttpResponse<String> submit(URI base, HttpResponse<String> page, Map<String, String> fields) {
		Matcher form = FORM.matcher(page.body());
		Matcher flow = FLOW.matcher(page.body());
		if (!form.find() || !flow.find()) {
			throw new IllegalStateException("No form on the page: " + page.body());
		}
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("flow", flow.group(1));
		String body = all.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(base.resolve(form.group(2)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static String formOf(HttpResponse<String> page) {
		Matcher form = FORM.matcher(page.body());
		return form.find() ? form.group(1) : "none";
	}

	private HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.browser.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void require(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException("Expected " + status + " from " + response.uri() + " but got "
					+ response.statusCode() + ": " + response.body());
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
