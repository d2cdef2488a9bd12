package com.qbobridge.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.qbobridge.connector.sandbox.QboSandbox;

import com.qbobridge.schemas.EventJson;
import com.qbobridge.schemas.EventMetadata;
import com.qbobridge.schemas.Topics;
import com.qbobridge.schemas.imports.DateField;
import com.qbobridge.schemas.imports.ImportRequested;
import com.qbobridge.testsupport.KafkaTestInfrastructure;
import com.qbobridge.testsupport.PostgresTestInfrastructure;
import com.qbobridge.testsupport.ServiceTokens;
import com.qbobridge.testsupport.TestKafka;
import com.qbobridge.testsupport.sandbox.QuickBooksSignIn;
import com.qbobridge.testsupport.sandbox.SandboxAdmin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every integration test shares: one application context on a fixed port (the redirect URI registered with the
 * sandbox must be known up front), real Kafka and PostgreSQL, the one qbo-sandbox process, and helpers that act as
 * import-service and as the creditor's browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import({ KafkaTestInfrastructure.class, PostgresTestInfrastructure.class })
@ActiveProfiles("test")
public abstract class ConnectorIntegrationTest {

	/** The connector's port in tests. */
	static final int PORT = freePort();

	static final String CLIENT_ID = "qbo-bridge-test";

	static final String CLIENT_SECRET = "test-client-secret";

	static final String PASSWORD = "correct horse battery staple";

	private static volatile boolean registered;

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final KafkaProducer<String, String> producer = new KafkaProducer<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()), new StringSerializer(),
			new StringSerializer());

	@DynamicPropertySource
	static void connectorProperties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("pipeline.connector.oauth.redirect-uri", ConnectorIntegrationTest::callbackUrl);
		registry.add("pipeline.connector.oauth.authorization-uri", () -> sandbox().baseUrl() + "/connect/oauth2");
		registry.add("pipeline.connector.oauth.token-uri", () -> sandbox().baseUrl() + "/oauth2/v1/tokens/bearer");
		registry.add("pipeline.connector.oauth.revocation-uri",
				() -> sandbox().baseUrl() + "/oauth2/v1/tokens/revoke");
		registry.add("pipeline.connector.quickbooks.api-base-url", () -> sandbox().baseUrl());
	}

	static SandboxAdmin sandbox() {
		SandboxAdmin sandbox = QboSandbox.get();
		if (!registered) {
			synchronized (ConnectorIntegrationTest.class) {
				if (!registered) {
					sandbox.registerClient(CLIENT_ID, CLIENT_SECRET, callbackUrl());
					registered = true;
				}
			}
		}
		return sandbox;
	}

	static ConnectorEvents events() {
		return ConnectorEvents.get();
	}

	static String callbackUrl() {
		return "http://localhost:" + PORT + "/oauth/quickbooks/callback";
	}

	/**
	 * Connects a company for an account the way the product does: import-service asks for the authorization URL,
	 * the creditor signs in at Intuit and consents, the browser follows the redirects.
	 */
	static UUID connect(String account, String realmId) {
		URI landing = signIn(account, realmId, true);
		String connected = UriComponentsBuilder.fromUri(landing).build().getQueryParams().getFirst("connected");
		assertThat(connected).as("landing page %s", landing).isNotNull();
		return UUID.fromString(connected);
	}

	static URI signIn(String account, String realmId, boolean consent) {
		String binding = binding();
		URI back = answer(account, realmId, consent, binding);
		if (!back.getPath().endsWith("/quickbooks/complete")) {
			return back;
		}
		HttpResponse<String> completed = complete(account, queryOf(back).get("state"), binding);
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
		JsonNode outcome = EventJson.mapper().readTree(completed.body());
		return URI.create("http://localhost:8080/integrations?"
				+ (outcome.get("connectionId").isNull() ? "error=" + outcome.get("error").asString()
						: "connected=" + outcome.get("connectionId").asString()));
	}

	/**
	 * Starts a flow bound to a browser secret and plays the creditor at Intuit.
	 * @return where the connector's callback sent the browser: import-service's completion page or an error
	 */
	static URI answer(String account, String realmId, boolean consent, String binding) {
		String username = "user-" + UUID.randomUUID() + "@example.com";
		sandbox().createUser(username, PASSWORD, List.of(realmId));
		HttpResponse<String> started = call("POST", "/connections/quickbooks", account,
				"{\"binding\":\"" + binding + "\"}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		String authorizationUrl = EventJson.mapper().readTree(started.body()).get("authorizationUrl").asString();
		return new QuickBooksSignIn().connect(authorizationUrl, username, PASSWORD, realmId, consent);
	}

	/** What import-service sends to complete a flow for the browser that came back. */
	static HttpResponse<String> complete(String account, String state, String binding) {
		return call("POST", "/connections/quickbooks/complete", account,
				"{\"state\":\"" + state + "\",\"binding\":\"" + binding + "\"}");
	}

	/** A browser binding as import-service makes one: the base64url SHA-256 of a random secret. */
	static String binding() {
		byte[] secret = new byte[32];
		new java.security.SecureRandom().nextBytes(secret);
		try {
			return java.util.Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(secret));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, String> queryOf(URI uri) {
		return UriComponentsBuilder.fromUri(uri).build().getQueryParams().toSingleValueMap();
	}

	static HttpResponse<String> call(String method, String path, @Nullable String account) {
		return call(method, path, account, null);
	}

	static HttpResponse<String> call(String method, String path, @Nullable String account, @Nullable String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
					: HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (account != null) {
			request.header("Authorization", "Bearer " + ServiceTokens.mint("connector-service", account));
		}
		return send(request);
	}

	static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode connections(String account) {
		HttpResponse<String> response = call("GET", "/connections", account);
		assertThat(response.statusCode()).isEqualTo(200);
		return EventJson.mapper().readTree(response.body());
	}

	static JsonNode connection(String account, UUID connectionId) {
		for (JsonNode connection : connections(account)) {
			if (connection.get("id").asString().equals(connectionId.toString())) {
				return connection;
			}
		}
		throw new AssertionError("No connection " + connectionId + " for " + account);
	}

	/** Asks for an import as import-service does. */
	static ImportRequested requestImport(String account, UUID connectionId, DateField field, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		ImportRequested request = new ImportRequested(
				EventMetadata.first(ImportRequested.CONTRACT, account, connectionId, UUID.randomUUID()), field, from,
				to);
		send(request);
		return request;
	}

	static void send(ImportRequested request) {
		sendRaw(request.metadata().partitionKey(), EventJson.mapper().writeValueAsString(request));
	}

	static void sendRaw(String key, String payload) {
		sendRaw(Topics.IMPORT_REQUESTED, key, payload);
	}

	static void sendRaw(String topic, String key, String payload) {
		try {
			producer.send(new ProducerRecord<>(topic, key, payload)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
