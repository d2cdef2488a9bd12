package com.qbobridge.imports.connections.web;

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

import com.qbobridge.imports.support.ImportServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A QuickBooks connect flow completes only in the browser that started it (GH-15): each browser here is its own
 * cookie jar over real HTTP, the way two browser profiles are. Creditor A starts connecting and sends the QuickBooks
 * link to someone else, who consents; that second browser, signed in or not, is refused with a page that says why,
 * and A's own browser can still complete the flow.
 */
@ImportServiceIntegrationTest
class ConnectFlowBindingIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test // GH-15
	void aFlowStartedByOneBrowserIsRefusedInAnotherAndCompletesInItsOwn() {
		Browser starter = new Browser();
		starter.signIn("creditor@example.com", "password");
		String state = starter.startConnecting();
		URI completion = URI.create(base() + "/integrations/quickbooks/complete?state=" + state);

		Browser anonymous = new Browser();
		HttpResponse<String> notSignedIn = anonymous.get(completion);
		assertThat(notSignedIn.statusCode()).isEqualTo(302);
		assertThat(notSignedIn.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/sign-in"));

		Browser otherCreditor = new Browser();
		otherCreditor.signIn("api@globex.test", "globex-secret");
		HttpResponse<String> refused = otherCreditor.get(completion);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("data-testid=\"connect-refused\"")
			.contains("started in another browser");

		Browser sameUserElsewhere = new Browser();
		sameUserElsewhere.signIn("creditor@example.com", "password");
		assertThat(sameUserElsewhere.get(completion).statusCode()).isEqualTo(403);

		HttpResponse<String> completed = starter.get(completion);
		assertThat(completed.statusCode()).isEqualTo(302);
		assertThat(completed.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).contains("/integrations?connected="));
		assertThat(completed.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("qbo_connect=;").contains("Max-Age=0"));
		assertThat(starter.get(completion).statusCode()).as("the secret binds one attempt").isEqualTo(403);
	}

	@Test // GH-15
	void aForgedStateIsRefusedEvenInTheStartingBrowser() {
		Browser starter = new Browser();
		starter.signIn("creditor@example.com", "password");
		starter.startConnecting();

		HttpResponse<String> refused = starter
			.get(URI.create(base() + "/integrations/quickbooks/complete?state=acme-forged"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("data-testid=\"connect-refused\"");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	/** One browser profile: its own cookies, no redirects followed. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		void signIn(String username, String password) {
			String csrf = csrf(get(URI.create(base() + "/sign-in")));
			HttpResponse<String> signedIn = post("/sign-in",
					Map.of("username", username, "password", password, "_csrf", csrf));
			assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
					(location) -> assertThat(location).endsWith("/integrations"));
		}

		String startConnecting() {
			String csrf = csrf(get(URI.create(base() + "/integrations")));
			HttpResponse<String> started = post("/integrations/quickbooks/connect", Map.of("_csrf", csrf));
			assertThat(started.statusCode()).isEqualTo(302);
			URI intuit = URI.create(started.headers().firstValue("Location").orElseThrow());
			return UriComponentsBuilder.fromUri(intuit).build().getQueryParams().getFirst("state");
		}

		HttpResponse<String> get(URI uri) {
			return send(HttpRequest.newBuilder(uri).GET());
		}

		HttpResponse<String> post(String path, Map<String, String> fields) {
			String body = new LinkedHashMap<>(fields).entrySet()
				.stream()
				.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create(base() + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
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

		private static String csrf(HttpResponse<String> page) {
			Matcher token = CSRF.matcher(page.body());
			assertThat(token.find()).as("a CSRF token on %s", page.uri()).isTrue();
			return token.group(1);
		}

	}

}
