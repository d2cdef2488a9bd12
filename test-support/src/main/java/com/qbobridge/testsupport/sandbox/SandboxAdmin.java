package com.qbobridge.testsupport.sandbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.qbobridge.schemas.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * qbo-sandbox's admin API, for tests that set up companies, users, apps and faults, and read what the sandbox saw.
 */
public final class SandboxAdmin {

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * Talks to the sandbox at a base URL.
	 * @param baseUrl e.g. {@code http://localhost:8090}
	 */
	public SandboxAdmin(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Registers (or re-registers) the app the connector signs in as.
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 * @param redirectUri the connector's callback
	 */
	public void registerClient(String clientId, String clientSecret, String redirectUri) {
		post("/admin/clients", Map.of("clientId", clientId, "clientSecret", clientSecret, "redirectUris",
				List.of(redirectUri)));
	}

	/**
	 * Creates a company with generated customers and invoices (some of them paid).
	 * @param companyName the name
	 * @param seed the generator seed
	 * @param customers how many customers
	 * @param invoices how many invoices
	 * @return the new realm id
	 */
	public String createRealm(String companyName, long seed, int customers, int invoices) {
		JsonNode created = post("/admin/realms",
				Map.of("companyName", companyName, "country", "US", "homeCurrency", "USD", "multiCurrencyEnabled",
						false, "seed", seed, "customers", customers, "invoices", invoices));
		return created.get("realmId").asString();
	}

	/**
	 * Creates a company with generated data as of a past day, so that none of its invoices was changed recently.
	 * @param companyName the name
	 * @param seed the generator seed
	 * @param customers how many customers
	 * @param invoices how many invoices
	 * @param asOf the day the generated history ends
	 * @return the new realm id
	 */
	public String createRealm(String companyName, long seed, int customers, int invoices, java.time.LocalDate asOf) {
		JsonNode created = post("/admin/realms",
				Map.of("companyName", companyName, "country", "US", "homeCurrency", "USD", "multiCurrencyEnabled",
						false, "seed", seed, "customers", customers, "invoices", invoices, "asOf", asOf.toString()));
		return created.get("realmId").asString();
	}

	/**
	 * Creates a user who may connect the given companies.
	 * @param username the user
	 * @param password the password
	 * @param realmIds the companies
	 */
	public void createUser(String username, String password, List<String> realmIds) {
		post("/admin/users", Map.of("username", username, "password", password, "realmIds", realmIds));
	}

	/**
	 * Creates an empty company to be filled with {@link #loadEntities}.
	 * @param companyName the name
	 * @param country the company's country, e.g. {@code US}
	 * @param homeCurrency its home currency, e.g. {@code USD}
	 * @return the new realm id
	 */
	public String createEmptyRealm(String companyName, String country, String homeCurrency) {
		JsonNode created = post("/admin/realms", Map.of("companyName", companyName, "country", country,
				"homeCurrency", homeCurrency, "multiCurrencyEnabled", false, "seed", 1, "customers", 0, "invoices", 0));
		return created.get("realmId").asString();
	}

	/**
	 * Adds or replaces customers and invoices given in QuickBooks' own JSON format.
	 * @param realmId the company
	 * @param entities {@code {"Customer":[...],"Invoice":[...]}}
	 */
	public void loadEntities(String realmId, Object entities) {
		post("/admin/realms/" + realmId + "/entities", entities);
	}

	/**
	 * Adds or replaces customers and invoices that QuickBooks itself would refuse (texts longer than Intuit's field
	 * limits), to prove that a client survives a damaged company.
	 * @param realmId the company
	 * @param entities {@code {"Customer":[...],"Invoice":[...]}}
	 */
	public void plantEntities(String realmId, Object entities) {
		post("/admin/realms/" + realmId + "/entities?intuitLimits=false", entities);
	}

	/**
	 * Every invoice of a company, paid ones included, as QuickBooks JSON.
	 * @param realmId the company
	 * @return the invoices
	 */
	public JsonNode invoices(String realmId) {
		return send(HttpRequest.newBuilder(uri("/admin/realms/" + realmId + "/invoices")).GET());
	}

	/**
	 * Injects faults into a company's API.
	 * @param realmId the company
	 * @param faults e.g. {@code {"errorRates":{"429":0.3},"latencyMillis":0}}
	 */
	public void faults(String realmId, Map<String, Object> faults) {
		send(HttpRequest.newBuilder(uri("/admin/realms/" + realmId + "/faults"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(faults))));
	}

	/**
	 * Makes the next refresh of every connection to a company fail with {@code invalid_grant}.
	 * @param realmId the company
	 */
	public void revokeRefreshTokens(String realmId) {
		post("/admin/realms/" + realmId + "/revoke-refresh-tokens", Map.of());
	}

	/**
	 * What a company's API saw: requests, throttled, faultsInjected, maxConcurrentObserved, maxRequestsInAnyMinute,
	 * tokenRefreshes.
	 * @param realmId the company
	 * @return the stats
	 */
	public JsonNode stats(String realmId) {
		return send(HttpRequest.newBuilder(uri("/admin/realms/" + realmId + "/stats")).GET());
	}

	/**
	 * Tries a refresh-token grant at the token endpoint as the connector's app.
	 * @param clientId the app
	 * @param clientSecret its secret
	 * @param refreshToken the refresh token
	 * @return the HTTP status: 200 when the token still works, 400 ({@code invalid_grant}) when it was revoked
	 */
	public int refresh(String clientId, String clientSecret, String refreshToken) {
		String basic = Base64.getEncoder()
			.encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
		try {
			return this.http.send(HttpRequest.newBuilder(uri("/oauth2/v1/tokens/bearer"))
				.header("Authorization", "Basic " + basic)
				.header("Accept", "application/json")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token="
						+ URLEncoder.encode(refreshToken, StandardCharsets.UTF_8)))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException("qbo-sandbox did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Forgets what a company's API saw so far.
	 * @param realmId the company
	 */
	public void resetStats(String realmId) {
		send(HttpRequest.newBuilder(uri("/admin/realms/" + realmId + "/stats")).DELETE());
	}

	/**
	 * Records a payment against an invoice, as a debtor paying in QuickBooks; fires the app's webhook.
	 * @param realmId the company
	 * @param invoiceId the invoice
	 * @param amount the payment, at most the open balance
	 * @return the invoice after the payment
	 */
	public JsonNode pay(String realmId, String invoiceId, BigDecimal amount) {
		return post("/admin/realms/" + realmId + "/invoices/" + invoiceId + "/payments", Map.of("amount", amount));
	}

	/**
	 * Voids an invoice as the creditor would in QuickBooks; fires the app's webhook.
	 * @param realmId the company
	 * @param invoiceId the invoice
	 */
	public void voidInvoice(String realmId, String invoiceId) {
		post("/admin/realms/" + realmId + "/invoices/" + invoiceId + "/void", Map.of());
	}

	/**
	 * Deletes an invoice as the creditor would in QuickBooks; fires the app's webhook.
	 * @param realmId the company
	 * @param invoiceId the invoice
	 */
	public void deleteInvoice(String realmId, String invoiceId) {
		send(HttpRequest.newBuilder(uri("/admin/realms/" + realmId + "/invoices/" + invoiceId)).DELETE());
	}

	/**
	 * Sets the app's webhook endpoint, as on Intuit's developer portal.
	 * @param url the receiver
	 * @param verifierToken the token that signs every notification
	 * @param format {@code LEGACY} or {@code CLOUD_EVENTS}
	 */
	public void subscribeWebhooks(String url, String verifierToken, String format) {
		send(HttpRequest.newBuilder(uri("/admin/webhooks"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(EventJson.mapper()
				.writeValueAsString(Map.of("url", url, "verifierToken", verifierToken, "format", format)))));
	}

	/** Stops webhook notifications. */
	public void unsubscribeWebhooks() {
		send(HttpRequest.newBuilder(uri("/admin/webhooks")).DELETE());
	}

	/**
	 * Every webhook delivery attempt so far: notificationId, attempt, url, format, entities, status, at.
	 * @return the attempts
	 */
	public JsonNode webhookDeliveries() {
		return send(HttpRequest.newBuilder(uri("/admin/webhooks/deliveries")).GET());
	}

	private JsonNode post(String path, Object body) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(EventJson.mapper().writeValueAsString(body))));
	}

	private JsonNode send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException("qbo-sandbox answered " + response.statusCode() + " to "
						+ response.request().method() + " " + response.request().uri() + ": " + response.body());
			}
			return response.body().isBlank() ? EventJson.mapper().createObjectNode()
					: EventJson.mapper().readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("qbo-sandbox did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

}
