package com.qbobridge.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the sandbox once on a random port (one shared context for all integration tests) and drives it over real
 * HTTP: the admin API, the HTML authorize pages by form posts, the token endpoint and the Accounting API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sandbox.tokens.refresh-token-rotation-interval=0s", "sandbox.faults.xml-errors=true" })
@Import(TestClockConfiguration.class)
public abstract class SandboxIntegrationTestSupport {

	protected static final String ACCOUNTING = "com.intuit.quickbooks.accounting";

	protected static final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(30))
		.build();

	protected static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern FLOW = Pattern.compile("name=\"flow\" value=\"([^\"]+)\"");

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
	}

	protected HttpResponse<String> api(String realmId, String pathAndQuery, String accessToken) {
		return send(HttpRequest.newBuilder(URI.create(url("/v3/company/" + realmId + pathAndQuery)))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + accessToken)
			.GET());
	}

	protected HttpResponse<String> query(String realmId, String query, String accessToken) {
		return api(realmId, "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&minorversion=75",
				accessToken);
	}

	protected HttpResponse<String> postJson(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
	}

	protected HttpResponse<String> putJson(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
	}

	protected HttpResponse<String> delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).DELETE());
	}

	protected HttpResponse<String> postForm(String path, Map<String, String> form) {
		return postForm(path, form, null, Map.of());
	}

	protected HttpResponse<String> postForm(String path, Map<String, String> form, String basicAuth,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody(form)));
		if (basicAuth != null) {
			request.header("Authorization", basicAuth);
		}
		headers.forEach(request::header);
		return send(request);
	}

	protected static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(120)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	protected static JsonNode body(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	protected static String basic(String clientId, String secret) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	protected static String flowId(HttpResponse<String> page) {
		Matcher matcher = FLOW.matcher(page.body());
		assertThat(matcher.find()).as("page has a flow id: %s", page.body()).isTrue();
		return matcher.group(1);
	}

	protected static Map<String, String> queryParams(String location) {
		return UriComponentsBuilder.fromUriString(location)
			.build()
			.getQueryParams()
			.toSingleValueMap()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> java.net.URLDecoder.decode(entry.getValue(), StandardCharsets.UTF_8)));
	}

	/** Creates a realm through the admin API and returns its id. */
	protected String createRealm(int customers, int invoices, long seed) {
		String realmId = "9" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000_000L);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("realmId", realmId);
		request.put("companyName", "Test Company " + realmId);
		request.put("country", "US");
		request.put("homeCurrency", "USD");
		request.put("multiCurrencyEnabled", false);
		request.put("seed", seed);
		request.put("customers", customers);
		request.put("invoices", invoices);
		HttpResponse<String> response = postJson("/admin/realms", request);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(body(response).get("realmId").asString()).isEqualTo(realmId);
		return realmId;
	}

	/** Registers a fresh app and a user owning {@code realmIds}. */
	protected App registerApp(List<String> realmIds) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		App app = new App("app-" + suffix, "secret-" + suffix, "http://localhost:9/callback/" + suffix,
				"user-" + suffix + "@example.com", "pw-" + suffix);
		assertThat(postJson("/admin/clients", Map.of("clientId", app.clientId(), "clientSecret", app.clientSecret(),
				"redirectUris", List.of(app.redirectUri())))
			.statusCode()).isEqualTo(201);
		assertThat(postJson("/admin/users",
				Map.of("username", app.username(), "password", app.password(), "realmIds", realmIds))
			.statusCode()).isEqualTo(201);
		return app;
	}

	protected String authorizeUrl(App app, String scope, String state) {
		return "/connect/oauth2?client_id=" + enc(app.clientId()) + "&redirect_uri=" + enc(app.redirectUri())
				+ "&response_type=code&scope=" + enc(scope) + "&state=" + enc(state);
	}

	/** Signs in and consents (picking {@code realmId} if asked); returns the redirect's query parameters. */
	protected Map<String, String> authorize(App app, String realmId, String scope) {
		HttpResponse<String> login = get(authorizeUrl(app, scope, "st-1"));
		assertThat(login.statusCode()).isEqualTo(200);
		String flow = flowId(login);
		HttpResponse<String> next = postForm("/connect/oauth2/login",
				Map.of("flow", flow, "username", app.username(), "password", app.password()));
		if (next.body().contains("id=\"choose-company\"")) {
			next = postForm("/connect/oauth2/company", Map.of("flow", flow, "realmId", realmId));
		}
		assertThat(next.body()).contains("id=\"authorize\"");
		HttpResponse<String> redirect = postForm("/connect/oauth2/consent",
				Map.of("flow", flow, "decision", "authorize"));
		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(app.redirectUri());
		return queryParams(location);
	}

	protected HttpResponse<String> exchangeCode(App app, String code) {
		return postForm("/oauth2/v1/tokens/bearer",
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", app.redirectUri()),
				basic(app.clientId(), app.clientSecret()), Map.of());
	}

	protected HttpResponse<String> refresh(App app, String refreshToken) {
		return postForm("/oauth2/v1/tokens/bearer",
				Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
				basic(app.clientId(), app.clientSecret()), Map.of());
	}

	/** A full connection: app, user, consent and tokens for {@code realmId}. */
	protected Connection connect(String realmId) {
		App app = registerApp(List.of(realmId));
		Map<String, String> callback = authorize(app, realmId, ACCOUNTING);
		HttpResponse<String> tokens = exchangeCode(app, callback.get("code"));
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		JsonNode body = body(tokens);
		return new Connection(app, realmId, body.get("access_token").asString(), body.get("refresh_token").asString());
	}

	protected static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String formBody(Map<String, String> form) {
		return form.entrySet().stream().map((entry) -> enc(entry.getKey()) + "=" + enc(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	/** A registered app and its user. */
	protected record App(String clientId, String clientSecret, String redirectUri, String username, String password) {

	}

	/** An app connected to a realm. */
	protected record Connection(App app, String realmId, String accessToken, String refreshToken) {

	}

}
