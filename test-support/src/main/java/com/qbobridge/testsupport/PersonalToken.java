package com.qbobridge.testsupport;

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

/**
 * Creates a personal API token the way a creditor does, on import-service's Settings page after signing in: scripts
 * write to the API with a token, since writes with HTTP Basic need a CSRF token (GH-15).
 */
public final class PersonalToken {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("id=\"created-token-value\">(qbo_pat_[A-Za-z0-9_-]+)<");

	private PersonalToken() {
	}

	/**
	 * Signs in with a client of its own and creates a token.
	 * @param baseUrl import-service
	 * @param username the user
	 * @param password its password
	 * @param name what the token is called on the Settings page
	 * @return the token, {@code qbo_pat_...}
	 */
	public static String create(String baseUrl, String username, String password, String name) {
		return create(HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build(), baseUrl, username, password, name);
	}

	/**
	 * Signs in with the given client (which must keep cookies) and creates a token.
	 * @param browser the client, signed in afterwards
	 * @param baseUrl import-service
	 * @param username the user
	 * @param password its password
	 * @param name what the token is called on the Settings page
	 * @return the token, {@code qbo_pat_...}
	 */
	public static String create(HttpClient browser, String baseUrl, String username, String password, String name) {
		String csrf = find(CSRF, send(browser, HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in")).GET()));
		send(browser, form(baseUrl + "/sign-in",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf)));
		csrf = find(CSRF, send(browser, HttpRequest.newBuilder(URI.create(baseUrl + "/settings")).GET()));
		return find(TOKEN, send(browser, form(baseUrl + "/settings/tokens", "name=" + encode(name) + "&_csrf=" + encode(csrf))));
	}

	private static HttpRequest.Builder form(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private static String send(HttpClient browser, HttpRequest.Builder request) {
		try {
			return browser.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("import-service did not answer: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("Not on the page: " + pattern);
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
