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
		String username = "user-" + UUID.randomUUID() + "@example.com";
		sandbox().createUser(username, PASSWORD, List.of(realmId));
		HttpResponse<String> started = call("POST", "/connections/quickbooks", account);
		assertThat(started.statusCode()).isEqualTo(201);
		String authorizationUrl = EventJson.mapper().readTree(started.body()).get("authorizationUrl").asString();
		return new QuickBooksSignIn().connect(authorizationUrl, username, PASSWORD, realmId, consent);
	}

	static HttpResponse<String> call(String method, String path, @Nullable String account) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, HttpRequest.BodyPublishers.noBody());
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
