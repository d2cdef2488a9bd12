package com.qbobridge.imports.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.qbobridge.schemas.EventJson;
import com.qbobridge.testsupport.ServiceTokens;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for connector-service and case-service over real HTTP, verifying each call's service token the way they
 * will (ES256 signature with this run's key, issuer, audience, expiry, {@code account_id}) and scoping answers to the token's account.
 * One server per test JVM, shared by every test context.
 */
public final class RemoteServicesStub {

	private static volatile RemoteServicesStub instance;

	private final HttpServer server;

	private final Map<String, List<Map<String, Object>>> connections = new ConcurrentHashMap<>();

	private final Map<String, Map<UUID, Map<String, Object>>> cases = new ConcurrentHashMap<>();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	/** Connect flows by state, each with its account and browser binding, answered by Intuit at once. */
	private final Map<String, Map<String, String>> flows = new ConcurrentHashMap<>();

	private volatile boolean connectorDown;

	private RemoteServicesStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/connector/", this::connector);
		this.server.createContext("/cases-service/", this::cases);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.start();
	}

	public static RemoteServicesStub get() {
		RemoteServicesStub stub = instance;
		if (stub == null) {
			synchronized (RemoteServicesStub.class) {
				stub = instance;
				if (stub == null) {
					try {
						stub = new RemoteServicesStub();
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
					instance = stub;
				}
			}
		}
		return stub;
	}

	public String connectorUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/connector";
	}

	public String casesUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/cases-service";
	}

	/**
	 * Adds a connection to an account.
	 * @return the new connection's id
	 */
	public UUID addConnection(String accountId, String companyName, String status) {
		UUID id = UUID.randomUUID();
		Map<String, Object> connection = new ConcurrentHashMap<>();
		connection.put("id", id.toString());
		connection.put("realmId", "realm-" + id.toString().substring(0, 8));
		connection.put("companyName", companyName);
		connection.put("country", "US");
		connection.put("homeCurrency", "USD");
		connection.put("status", status);
		connection.put("connectedAt", Instant.now().toString());
		connection.put("updatedAt", Instant.now().toString());
		this.connections.computeIfAbsent(accountId, (key) -> new CopyOnWriteArrayList<>()).add(connection);
		return id;
	}

	/**
	 * Adds a connection whose refresh token reaches its hard expiry soon, as connector-service reports it.
	 * @return the new connection's id
	 */
	public UUID addConnectionEndingOn(String accountId, String companyName, Instant reconnectBefore) {
		UUID id = addConnection(accountId, companyName, "ACTIVE");
		this.connections.get(accountId).stream()
			.filter((connection) -> id.toString().equals(connection.get("id")))
			.forEach((connection) -> {
				connection.put("reconnectBefore", reconnectBefore.toString());
				connection.put("reconnectSoon", true);
			});
		return id;
	}

	public void addCase(String accountId, UUID caseId, String creditorReference) {
		this.cases.computeIfAbsent(accountId, (key) -> new ConcurrentHashMap<>())
			.put(caseId, Map.of("caseId", caseId.toString(), "creditorReference", creditorReference, "status",
					"CREATED"));
	}

	/** A case in case-service's own shape, as the Cases page reads it. */
	public void addCase(String accountId, Map<String, Object> collectionCase) {
		this.cases.computeIfAbsent(accountId, (key) -> new ConcurrentHashMap<>())
			.put(UUID.fromString((String) collectionCase.get("id")), collectionCase);
	}

	public void connectorDown(boolean down) {
		this.connectorDown = down;
	}

	/** The calls received so far, newest last. */
	public List<Call> calls() {
		return List.copyOf(this.calls);
	}

	private void connector(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (this.connectorDown) {
				send(exchange, 503, Map.of("title", "down"));
				return;
			}
			JWTClaimsSet claims = verify(exchange, "connector-service");
			if (claims == null) {
				return;
			}
			String accountId = (String) claims.getClaim("account_id");
			String path = exchange.getRequestURI().getPath().substring("/connector".length());
			List<Map<String, Object>> own = this.connections.getOrDefault(accountId, List.of());
			if ("GET".equals(exchange.getRequestMethod()) && path.equals("/connections")) {
				send(exchange, 200, own);
			}
			else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/connections/quickbooks")) {
				Map<String, Object> body = body(exchange);
				if (!(body.get("binding") instanceof String binding) || binding.length() != 43) {
					send(exchange, 400, Map.of("title", "Bad Request", "detail", "binding required"));
					return;
				}
				String state = accountId + "-" + UUID.randomUUID();
				this.flows.put(state, Map.of("account", accountId, "binding", binding));
				send(exchange, 201, Map.of("authorizationUrl",
						"http://qbo.test/connect/oauth2?client_id=qbo-bridge-local&state=" + state));
			}
			else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/connections/quickbooks/complete")) {
				// As connector-service: the account's answered flow, once, and only with the starting browser's binding.
				Map<String, Object> body = body(exchange);
				Map<String, String> flow = this.flows.get(String.valueOf(body.get("state")));
				if (flow == null || !flow.get("account").equals(accountId)) {
					send(exchange, 404, Map.of("title", "Connect flow not found"));
					return;
				}
				this.flows.remove(String.valueOf(body.get("state")));
				if (!flow.get("binding").equals(body.get("binding"))) {
					send(exchange, 403, Map.of("title", "Connect flow started in another browser"));
					return;
				}
				send(exchange, 200, Map.of("connectionId", addConnection(accountId, "Connected Co", "ACTIVE").toString()));
			}
			else if ("DELETE".equals(exchange.getRequestMethod()) && path.startsWith("/connections/")) {
				String id = path.substring("/connections/".length());
				Map<String, Object> connection = own.stream()
					.filter((c) -> c.get("id").equals(id))
					.findFirst()
					.orElse(null);
				if (connection == null) {
					send(exchange, 404, Map.of("title", "Not found"));
				}
				else {
					connection.put("status", "DISCONNECTED");
					exchange.sendResponseHeaders(204, -1);
				}
			}
			else {
				send(exchange, 404, Map.of("title", "Not found"));
			}
		}
	}

	private void cases(HttpExchange exchange) throws IOException {
		try (exchange) {
			JWTClaimsSet claims = verify(exchange, "case-service");
			if (claims == null) {
				return;
			}
			String accountId = (String) claims.getClaim("account_id");
			String path = exchange.getRequestURI().getPath().substring("/cases-service".length());
			Map<UUID, Map<String, Object>> own = this.cases.getOrDefault(accountId, Map.of());
			if (path.equals("/cases")) {
				send(exchange, 200, Map.of("content", new ArrayList<>(own.values()), "query",
						String.valueOf(exchange.getRequestURI().getQuery())));
			}
			else if (path.startsWith("/cases/")) {
				Map<String, Object> found = own.get(UUID.fromString(path.substring("/cases/".length())));
				if (found == null) {
					send(exchange, 404, Map.of("title", "Not found"));
				}
				else {
					send(exchange, 200, found);
				}
			}
			else {
				send(exchange, 404, Map.of("title", "Not found"));
			}
		}
	}

	/**
	 * Verifies the bearer token as the real services do; answers 401 and returns null when it is not acceptable.
	 */
	private JWTClaimsSet verify(HttpExchange exchange, String audience) throws IOException {
		String header = exchange.getRequestHeaders().getFirst("Authorization");
		try {
			if (header == null || !header.startsWith("Bearer ")) {
				throw new IllegalArgumentException("no bearer token");
			}
			SignedJWT jwt = SignedJWT.parse(header.substring(7));
			ECKey key = JWKSet.parse(ServiceTokens.keys().jwkSet()).getKeyByKeyId(jwt.getHeader().getKeyID()).toECKey();
			if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new ECDSAVerifier(key))) {
				throw new IllegalArgumentException("bad signature");
			}
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			if (!"import-service".equals(claims.getIssuer()) || !claims.getAudience().equals(List.of(audience))
					|| claims.getExpirationTime() == null || claims.getExpirationTime().before(new java.util.Date())
					|| claims.getStringClaim("account_id") == null || claims.getSubject() == null) {
				throw new IllegalArgumentException("bad claims " + claims);
			}
			this.calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), claims,
					String.valueOf(exchange.getRequestURI().getRawQuery())));
			return claims;
		}
		catch (Exception ex) {
			send(exchange, 401, Map.of("title", "Unauthorized", "detail", String.valueOf(ex.getMessage())));
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> body(HttpExchange exchange) throws IOException {
		byte[] bytes = exchange.getRequestBody().readAllBytes();
		return (bytes.length == 0) ? Map.of() : EventJson.mapper().readValue(bytes, Map.class);
	}

	private static void send(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = EventJson.mapper().writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * One verified call.
	 *
	 * @param method the HTTP method
	 * @param path the path
	 * @param claims the verified token's claims
	 * @param query the raw query string, "null" without one
	 */
	public record Call(String method, String path, JWTClaimsSet claims, String query) {

	}

}
